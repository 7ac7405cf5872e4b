package com.winccreports.wincc;

/**
 * A source used only when no {@code wincc-reports.sources} are configured — the embedded simulator,
 * offered by {@code system.EmbeddedSimulatorConfiguration}.
 *
 * @param settings how to reach it
 */
public record FallbackSource(SourceSettings settings) {
}
