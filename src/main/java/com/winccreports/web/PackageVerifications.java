package com.winccreports.web;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditTrail;
import java.util.Map;

/** Verifies published versions for the API and the page, each verification an audit row with its verdict. */
public final class PackageVerifications {

    private final PublishedFiles published;
    private final AuditTrail audit;

    public PackageVerifications(PublishedFiles published, AuditTrail audit) {
        this.published = published;
        this.audit = audit;
    }

    public PackageCheck.Verification verify(String job, String period, String version, String user) {
        PackageCheck.Verification verification = PackageCheck.verify(published.folder(job, period, version),
                job + " " + period + " " + version);
        audit.record(user, AuditActions.VERIFY_PACKAGE, job + " " + period + " " + version,
                Map.of("passed", Boolean.toString(verification.passed()),
                        "problems", Integer.toString(verification.problems())));
        return verification;
    }
}
