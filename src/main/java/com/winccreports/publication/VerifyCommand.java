package com.winccreports.publication;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verify <folder|zip> [--trust <certificate>]}: checks a package with nothing but the package. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks a published package (its folder or its ZIP): every file against its size, SHA-256"
                + " and row counts in manifest.json, no file missing or added, and the manifest's Ed25519"
                + " signature. Needs no database, server or configuration.",
            "Exit codes: 0 all checks passed, 1 a check failed (each failure is named), 4 invalid arguments."})
public final class VerifyCommand implements Callable<Integer> {

    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int INVALID = 4;

    @Parameters(index = "0", paramLabel = "PACKAGE",
            description = "a version folder (output/<job>/<period>/v<n>) or its ZIP (<job>_<period>_v<n>.zip)")
    Path target;

    @Option(names = "--trust", paramLabel = "CERTIFICATE",
            description = "the certificate (PEM or DER) that must have signed the package, or issued its signer's;"
                    + " without it the signature is checked against the certificate the package carries")
    Path trust;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        if (!Files.exists(target)) {
            err.println("verify: " + target + " does not exist — give a version folder or its ZIP");
            return INVALID;
        }
        List<X509Certificate> trusted;
        try {
            trusted = trust == null ? List.of() : trustedCertificates(trust);
        } catch (IllegalArgumentException e) {
            err.println("verify: --trust " + e.getMessage());
            return INVALID;
        }
        Verification verification = new PackageVerifier(trusted).verify(target);
        out.println("Verifying " + target);
        for (Verification.Finding finding : verification.findings()) {
            out.printf("  %-6s %s%n", finding.level() == Verification.Level.FAILED ? "FAILED"
                    : finding.level().name().toLowerCase(java.util.Locale.ROOT), finding.message());
        }
        int failures = verification.failures().size();
        out.println(failures == 0 ? "VERIFIED: every file, the row counts and the signature match"
                : "FAILED: " + failures + " problem" + (failures == 1 ? "" : "s") + " — the package is not as"
                        + " it was published");
        return failures == 0 ? PASSED : FAILED;
    }

    private static List<X509Certificate> trustedCertificates(Path file) {
        try {
            List<X509Certificate> certificates = Certificates.read(Files.readAllBytes(file));
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(file + ": holds no certificate");
            }
            return certificates;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + ": not an X.509 certificate in PEM or DER");
        }
    }
}
