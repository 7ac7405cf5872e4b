package com.winccreports.publication;

/**
 * Signs the audit trail's head for a package as it is sealed ({@code audit.PackageKeyConfiguration} provides
 * it); the signed head goes into the package's manifest, so a copy of it outlives the database.
 */
@FunctionalInterface
public interface HeadSealing {

    /** No audit trail: packages carry no head. */
    HeadSealing NONE = (manifest, key) -> null;

    /**
     * Records the sealing of {@code manifest}'s package in the audit trail and signs the trail's head with
     * {@code key}; null when there is no trail.
     */
    PackageManifest.AuditHead seal(PackageManifest manifest, SigningKey key);
}
