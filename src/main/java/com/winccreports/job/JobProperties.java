package com.winccreports.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the shift report job that belong to the installation rather than to a job definition.
 *
 * @param gridSize override of the definitions' {@code partitioning.gridSize} (0: use the definition's)
 * @param softwareVersion version written into manifests and reports (default: the jar's version)
 */
@ConfigurationProperties("wincc-reports.job")
public record JobProperties(Integer gridSize, String softwareVersion) {

    public JobProperties {
        gridSize = gridSize == null ? 0 : gridSize;
        if (softwareVersion == null || softwareVersion.isBlank()) {
            String fromJar = JobProperties.class.getPackage().getImplementationVersion();
            softwareVersion = fromJar == null ? "0.1.0-SNAPSHOT (development build)" : fromJar;
        }
    }
}
