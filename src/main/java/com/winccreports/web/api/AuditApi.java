package com.winccreports.web.api;

import com.winccreports.audit.AuditEntry;
import com.winccreports.audit.ChainReport;
import com.winccreports.web.AuditViews;
import com.winccreports.web.InvalidParameterException;
import java.net.URI;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for auditors: {@code GET /api/audit?before=&limit=} pages through it newest first,
 * {@code POST /api/audit/verification} walks the whole chain and names what it finds (recorded as a row itself),
 * {@code POST /api/audit/exports?from=&to=} exports it as a signed package (its ZIP is the {@code Location}).
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

    /** Exports the rows recorded in {@code [from, to)} (default: all) as a signed package: 201 with where it is. */
    @PostMapping("/api/audit/exports")
    ResponseEntity<AuditViews.Exported> export(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication user) {
        AuditViews.Exported exported = audit.export(user.getName(), from, to, "/api");
        return ResponseEntity.created(URI.create(exported.zip())).body(exported);
    }

    @PostMapping("/api/audit/verification")
    ChainReport verify(Authentication user) {
        return audit.verify(user.getName());
    }
}
