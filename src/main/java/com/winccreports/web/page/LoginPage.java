package com.winccreports.web.page;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form (posted to Spring Security's {@code /login}), in the browser's or the chosen language. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
