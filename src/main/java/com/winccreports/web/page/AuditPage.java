package com.winccreports.web.page;

import com.winccreports.audit.AuditEntry;
import com.winccreports.web.AuditViews;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for auditors, newest first, a page at a time; its verification and its export. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class AuditPage {

    private static final int PAGE = 100;

    private final AuditViews audit;

    AuditPage(AuditViews audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String rows(@RequestParam(required = false) Long before, Model model) {
        List<AuditEntry> rows = audit.rows(before, PAGE);
        model.addAttribute("rows", rows);
        model.addAttribute("older", rows.size() == PAGE ? rows.get(rows.size() - 1).id() : null);
        return "audit";
    }

    @PostMapping("/audit/verify")
    String verify(Authentication user, Model model) {
        FormAction.run(model, "report", () -> audit.verify(user.getName()));
        return rows(null, model);
    }

    @PostMapping("/audit/export")
    String export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Authentication user, Model model) {
        FormAction.run(model, "exported", () -> audit.export(user.getName(), from, to, ""));
        return rows(null, model);
    }
}
