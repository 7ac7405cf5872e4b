package com.winccreports.web;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditEntry;
import com.winccreports.audit.AuditExport;
import com.winccreports.audit.AuditSeal;
import com.winccreports.audit.AuditSeals;
import com.winccreports.audit.AuditTrail;
import com.winccreports.audit.ChainReport;
import com.winccreports.audit.ExportRange;
import com.winccreports.publication.PackageLayout;
import com.winccreports.publication.PackageManifest;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The audit trail as auditors read it on the API and the page, its verification and its export (each recorded). */
public final class AuditViews {

    /**
     * An export of the trail as the API and the page show it: where it went ({@code output/<folder>}), the
     * download paths of its files and of its ZIP, and the verification of the chain.
     */
    public record Exported(String folder, int version, long rows, boolean intact, List<String> verification,
            List<String> files, String zip) {
    }

    private final AuditTrail trail;
    private final AuditSeals seals;
    private final Predicate<AuditSeal> signatureCheck;
    private final AuditExport export;

    /** @param signatureCheck checks a seal's signature, as {@code audit verify} does; null when no key is at hand */
    public AuditViews(AuditTrail trail, AuditSeals seals, Predicate<AuditSeal> signatureCheck, AuditExport export) {
        this.trail = trail;
        this.seals = seals;
        this.signatureCheck = signatureCheck;
        this.export = export;
    }

    /**
     * Exports the rows recorded in {@code [from, to)} (either null or blank: open) for {@code user}; download paths
     * begin with {@code prefix} ({@code /api} for the API, empty for the page).
     */
    public Exported export(String user, String from, String to, String prefix) {
        ExportRange range;
        try {
            range = ExportRange.of(from, to);
        } catch (ExportRange.InvalidRangeException e) {
            throw new InvalidParameterException(e.parameter(), e.getMessage());
        }
        AuditExport.Result result = export.export(user, PackageManifest.Requester.SIGNED_IN, range);
        String version = AuditExport.FOLDER + "/" + result.range() + "/v" + result.version();
        List<String> files = Stream.concat(Stream.of(AuditExport.ROWS_FILE, AuditExport.VERIFICATION_FILE),
                PackageLayout.OWN_FILES.stream().sorted()).map(f -> prefix + "/files/" + version + "/" + f).toList();
        return new Exported(version, result.version(), result.rows(), result.chain().intact(), result.chain().lines(),
                files, prefix + "/packages/" + version);
    }

    /** Up to {@code limit} rows below {@code before} (null: from the newest), newest first. */
    public List<AuditEntry> rows(Long before, int limit) {
        return trail.before(before == null ? Long.MAX_VALUE : before, limit);
    }

    /** Walks the chain against the stored signed heads and records that {@code user} did, with the result. */
    public ChainReport verify(String user) {
        ChainReport report = trail.verify(seals.all(), signatureCheck);
        trail.record(user, AuditActions.VERIFY_TRAIL, "audit trail", Map.of("rows", Long.toString(report.rows()),
                "findings", Integer.toString(report.findings().size()), "intact", Boolean.toString(report.intact())));
        return report;
    }
}
