package com.winccreports.publication;

import java.util.List;

/**
 * What {@code verify} found in a package: one finding per file, the signature and the signer, each OK, a note,
 * or a failure naming its {@link Problem}.
 *
 * @param target   the folder or ZIP verified
 * @param findings in the order checked
 */
public record Verification(String target, List<Finding> findings) {

    public Verification {
        findings = List.copyOf(findings);
    }

    public enum Level { OK, NOTE, FAILED }

    /** Why a package fails verification. */
    public enum Problem {
        /** Not a folder or a readable ZIP (truncated, damaged). */
        UNREADABLE_PACKAGE,
        /** No {@code manifest.json}. */
        MANIFEST_MISSING,
        /** {@code manifest.json} is not a manifest (not JSON, no file list). */
        MANIFEST_UNREADABLE,
        /** A manifest format newer than this software reads. */
        FORMAT_UNSUPPORTED,
        /** A file's bytes differ from its SHA-256 or size in the manifest. */
        FILE_CHANGED,
        /** A file the manifest lists is not there. */
        FILE_MISSING,
        /** A file is there that the manifest does not list. */
        FILE_EXTRA,
        /** A file's row count differs from the manifest's. */
        ROWS_CHANGED,
        /** A path that points outside the package (absolute, {@code ..}), or a ZIP entry outside its folder. */
        UNSAFE_PATH,
        /** A ZIP holds one name twice. */
        DUPLICATE_ENTRY,
        /** No detached signature: the package is not signed. */
        SIGNATURE_MISSING,
        /** The signature does not match the manifest's bytes: the manifest was changed after signing. */
        SIGNATURE_INVALID,
        /** No signing certificate, or not a certificate. */
        CERTIFICATE_MISSING,
        /** The certificate is not the one the manifest names as its signer. */
        CERTIFICATE_MISMATCH,
        /** The certificate was not valid when the package was made. */
        CERTIFICATE_NOT_VALID,
        /** Signed by another certificate than the one given with {@code --trust}. */
        UNTRUSTED_SIGNER
    }

    /**
     * @param level   OK, NOTE or FAILED
     * @param problem for a failure, what is wrong; null otherwise
     * @param subject the file or part checked ({@code manifest.json}, a report file, {@code signature})
     * @param message one line for a person
     */
    public record Finding(Level level, Problem problem, String subject, String message) {

        static Finding ok(String subject, String message) {
            return new Finding(Level.OK, null, subject, message);
        }

        static Finding note(String subject, String message) {
            return new Finding(Level.NOTE, null, subject, message);
        }

        static Finding failed(Problem problem, String subject, String message) {
            return new Finding(Level.FAILED, problem, subject, message);
        }
    }

    /** True when nothing failed. */
    public boolean passed() {
        return failures().isEmpty();
    }

    public List<Finding> failures() {
        return findings.stream().filter(f -> f.level() == Level.FAILED).toList();
    }

    /** The problems found, in order. */
    public List<Problem> problems() {
        return failures().stream().map(Finding::problem).toList();
    }
}
