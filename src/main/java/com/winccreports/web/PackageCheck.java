package com.winccreports.web;

import com.winccreports.publication.PackageVerifier;
import java.nio.file.Path;
import java.util.List;

/**
 * A published version folder verified by {@link PackageVerifier} — every file against its size and SHA-256 in the
 * manifest, no file missing or added, the manifest against its signature and certificate — in the shape the API
 * and the page show: a verdict and one check per finding, in words an auditor can act on. No signer is pinned
 * here (the findings name the one that signed); {@code verify --trust} on the command line pins one.
 */
public final class PackageCheck {

    /** The verdict and every check behind it. */
    public record Verification(String packageName, boolean passed, int problems, List<Check> checks) {
    }

    /** One check: {@code ok}, {@code FAILED} or {@code note}, about {@code subject}. */
    public record Check(String status, String subject, String message) {
    }

    private static final PackageVerifier VERIFIER = new PackageVerifier(List.of());

    private PackageCheck() {
    }

    public static Verification verify(Path folder, String packageName) {
        com.winccreports.publication.Verification verified = VERIFIER.verify(folder);
        List<Check> checks = verified.findings().stream().map(finding -> new Check(switch (finding.level()) {
            case OK -> "ok";
            case NOTE -> "note";
            case FAILED -> "FAILED";
        }, finding.subject(), finding.message())).toList();
        return new Verification(packageName, verified.passed(), verified.failures().size(), checks);
    }
}
