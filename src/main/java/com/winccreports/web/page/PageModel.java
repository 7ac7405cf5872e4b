package com.winccreports.web.page;

import com.winccreports.web.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs: its own address (for the language switch), and the error page for a request the page
 * cannot serve (a version that does not exist, a name that is not one).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(InvalidParameterException.class)
    String invalid(InvalidParameterException e, HttpServletResponse response, Model model) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        return "error";
    }
}
