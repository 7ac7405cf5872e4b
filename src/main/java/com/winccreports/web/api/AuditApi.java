package com.winccreports.web.api;

import com.winccreports.audit.AuditEntry;
import com.winccreports.audit.ChainReport;
import com.winccreports.web.AuditViews;
import com.winccreports.web.InvalidParameterException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for auditors: {@code GET /api/audit?before=&limit=} pages through it newest first,
 * {@code POST /api/audit/verification} walks the whole chain and names what it finds (recorded as a row itself).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
class AuditApi {

    private final AuditViews audit;

    AuditApi(AuditViews audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> rows(@RequestParam(required = false) Long before, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidParameterException("limit", "limit is 1 to 1000, got " + limit);
        }
        if (before != null && before < 1) {
            throw new InvalidParameterException("before", "before is a row id (1 or more), got " + before);
        }
        return audit.rows(before, limit);
    }

    @PostMapping("/api/audit/verification")
    ChainReport verify(Authentication user) {
        return audit.verify(user.getName());
    }
}
