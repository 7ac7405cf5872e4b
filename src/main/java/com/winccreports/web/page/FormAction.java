package com.winccreports.web.page;

import com.winccreports.web.InvalidParameterException;
import java.util.function.Supplier;
import org.springframework.ui.Model;

/**
 * A form posted on a page whose answer is the same page again: the action's result goes into the model under a
 * name of the page's, or — when the form was wrong — the one line saying what to change, as {@code error}.
 */
final class FormAction {

    private FormAction() {
    }

    /** Runs {@code action}; its result is {@code resultName} in {@code model}, its refusal {@code error}. */
    static void run(Model model, String resultName, Supplier<?> action) {
        try {
            model.addAttribute(resultName, action.get());
        } catch (InvalidParameterException e) {
            model.addAttribute("error", e.parameter() == null ? e.getMessage() : e.parameter() + ": " + e.getMessage());
        }
    }
}
