package com.winccreports.simulator.plant;

import java.util.List;
import java.util.Map;

/**
 * A simulated plant as written in {@code jobs/plants/*.yaml} (schema: {@code jobs/schema/plant.schema.json}).
 * Plain data; {@link PlantLoader} reads and checks it, {@link PlantModel} generates its archives.
 * {@code stateCodes} (optional) are the codes the machine-state tags log (default 1 running, 2 idle, 3 setup,
 * 4 down); {@code script} (optional) gives lines a fixed day instead of the random production rhythm.
 */
public record PlantDefinition(
        String site,
        String timeZone,
        long seed,
        String productionDayStart,
        String archiveStart,
        String computerName,
        List<String> lines,
        List<TagDefinition> tags,
        List<ArchiveDefinition> archives,
        Map<String, Double> powerKw,
        List<RecipeDefinition> recipes,
        List<String> operators,
        List<DowntimeReasonDefinition> downtimeReasons,
        ProductionDefinition production,
        DefectDefinition defects,
        List<AlarmFilterDefinition> alarmFilters,
        Map<String, Integer> stateCodes,
        Map<String, ScriptDefinition> script) {

    /** The code a machine-state tag logs for one of {@link MachineState}'s states. */
    public int stateCode(int machineState) {
        String name = switch (machineState) {
            case MachineState.RUNNING -> "running";
            case MachineState.IDLE -> "idle";
            case MachineState.SETUP -> "setup";
            default -> "down";
        };
        return stateCodes == null || !stateCodes.containsKey(name) ? machineState : stateCodes.get(name);
    }

    /**
     * Every production day of a line the same: the recipe run all day (one batch) and the segments, each from its
     * local wall time ({@code at}, ascending from the production day start) until the next one.
     */
    public record ScriptDefinition(String recipe, List<SegmentDefinition> segments) {
    }

    /**
     * One stretch of a scripted day: the machine state ({@code running}, {@code idle}, {@code setup}, {@code down}),
     * the downtime reason code while down, and the units (of which scrap) made while running — the last unit by
     * the segment's last second.
     */
    public record SegmentDefinition(String at, String state, Integer reason, Integer units, Integer scrap) {
    }

    /** One tag per line: {@code <line>.<name>}; {@code kind} names the generator. */
    public record TagDefinition(String name, String kind, String unit, Double base, Double runningOffset,
            Double dailyAmplitude, Double noise, Double timeConstantS) {
    }

    /** A process-value archive: its cycle and the tag names (without line prefix) it logs. */
    public record ArchiveDefinition(String name, int cycleSeconds, List<String> tags) {
    }

    /** A recipe row of the {@code Recipes} user archive. */
    public record RecipeDefinition(int id, String recipe, String product, double idealCycleTimeS,
            double temperatureSetpoint) {
    }

    /** A downtime reason: code, text, stop length range in minutes, relative frequency. */
    public record DowntimeReasonDefinition(int code, String text, List<Integer> minutes, int weight) {
    }

    /** Production rhythm; ranges are {@code [min, max]}. */
    public record ProductionDefinition(List<Integer> batchQuantity, List<Integer> setupMinutes,
            double runMinutesMean, double idleShare, List<Integer> idleMinutes, List<Double> scrapPercent,
            List<Double> reworkPercent) {
    }

    /** Rates (expected occurrences per line and production day) and lengths of the planted defects. */
    public record DefectDefinition(double outagesPerDay, List<Integer> outageMinutes, double badQualityPerDay,
            double uncertainPerDay, List<Integer> defectMinutes, double counterResetsPerDay,
            double duplicateTimestampsPerDay) {
    }

    /** An alarm rest filter: a window ending now, optional message classes and lines. */
    public record AlarmFilterDefinition(String name, String description, String window, List<String> classes,
            List<String> lines) {
    }
}
