package com.winccreports.web;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditEntry;
import com.winccreports.audit.AuditSeals;
import com.winccreports.audit.AuditTrail;
import com.winccreports.audit.ChainReport;
import java.util.List;
import java.util.Map;

/** The audit trail as auditors read it on the API and the page, and its verification (itself recorded). */
public final class AuditViews {

    private final AuditTrail trail;
    private final AuditSeals seals;

    public AuditViews(AuditTrail trail, AuditSeals seals) {
        this.trail = trail;
        this.seals = seals;
    }

    /** Up to {@code limit} rows below {@code before} (null: from the newest), newest first. */
    public List<AuditEntry> rows(Long before, int limit) {
        return trail.before(before == null ? Long.MAX_VALUE : before, limit);
    }

    /** Walks the chain against the stored signed heads and records that {@code user} did, with the result. */
    public ChainReport verify(String user) {
        ChainReport report = trail.verify(seals.all(), null);
        trail.record(user, AuditActions.VERIFY_TRAIL, "audit trail", Map.of("rows", Long.toString(report.rows()),
                "findings", Integer.toString(report.findings().size()), "intact", Boolean.toString(report.intact())));
        return report;
    }
}
