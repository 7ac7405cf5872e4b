package com.winccreports.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a report came from, for the footer and the audit trail.
 *
 * @param reportId          stable id of the report across versions, e.g. {@code demo-L1-2026-10-24}
 * @param version           version, 1 for the first issue; 0 for a preliminary report (its period had not ended)
 * @param supersedesVersion version this one replaces; 0 when it is the first issue
 * @param generatedAt       when the file was rendered
 * @param softwareVersion   wincc-reports version
 * @param sourceServer      WinCC source (name or base URL without credentials)
 * @param archives          archives read, e.g. {@code PVArchive}, {@code BatchRecords}
 * @param jobName           job definition name
 * @param jobDefinitionHash SHA-256 of the job definition as run
 * @param dataCutOff        newest instant of data that was considered
 */
public record Provenance(String reportId, int version, int supersedesVersion, Instant generatedAt,
        String softwareVersion, String sourceServer, List<String> archives, String jobName,
        String jobDefinitionHash, Instant dataCutOff) {

    public Provenance {
        Objects.requireNonNull(reportId, "reportId");
        if (version < 0) {
            throw new IllegalArgumentException("version must be at least 0 (preliminary): " + version);
        }
        if (supersedesVersion < 0 || supersedesVersion > 0 && supersedesVersion >= version) {
            throw new IllegalArgumentException("version " + version + " cannot supersede version " + supersedesVersion);
        }
        Objects.requireNonNull(generatedAt, "generatedAt");
        softwareVersion = softwareVersion == null ? "" : softwareVersion;
        sourceServer = sourceServer == null ? "" : sourceServer;
        archives = List.copyOf(archives == null ? List.of() : archives);
        jobName = jobName == null ? "" : jobName;
        jobDefinitionHash = jobDefinitionHash == null ? "" : jobDefinitionHash;
        Objects.requireNonNull(dataCutOff, "dataCutOff");
    }

    /** A preliminary report of a period that had not ended when it was made; the final one follows. */
    public boolean preliminary() {
        return version == 0;
    }

    public boolean supersedes() {
        return supersedesVersion > 0;
    }

    /** The same provenance with another generated-at stamp (re-rendering). */
    public Provenance withGeneratedAt(Instant stamp) {
        return new Provenance(reportId, version, supersedesVersion, stamp, softwareVersion, sourceServer, archives,
                jobName, jobDefinitionHash, dataCutOff);
    }
}
