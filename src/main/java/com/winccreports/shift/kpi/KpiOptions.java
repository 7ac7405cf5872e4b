package com.winccreports.shift.kpi;

import java.util.Locale;

/**
 * Choices where plant practice differs (the {@code kpis.options} of a job file); all optional.
 *
 * @param plannedStops    {@code excluded} (default): planned breaks are not part of planned busy
 *                        time, so they cost no availability; {@code included}: planned busy time
 *                        is the whole shift and breaks count as downtime
 * @param capPerformance  cap effectiveness (performance) at 100 % (default false: an effectiveness
 *                        above 100 % is shown and flagged, it usually means a wrong cycle time)
 * @param batchAllocation how a batch spanning shifts is shared: {@code timeShare} (default, by the
 *                        share of the batch's duration inside the shift), {@code start} or {@code end}
 *                        (all to the shift in which the batch starts / ends)
 * @param minCoverage     inputs with less coverage make a KPI incomplete (default 0.95)
 * @param batchArchive    user archive with the batch records (default {@code BatchRecords})
 * @param recipeArchive   user archive with the recipes (default {@code Recipes})
 * @param downtimeReasonTag state tag whose codes are downtime reasons, for the Pareto (optional)
 * @param downtimeReasonIgnore reason code meaning "not down" (default 0)
 */
public record KpiOptions(String plannedStops, Boolean capPerformance, String batchAllocation,
                         Double minCoverage, String batchArchive, String recipeArchive,
                         String downtimeReasonTag, Integer downtimeReasonIgnore) {

    public static final KpiOptions DEFAULTS = new KpiOptions(null, null, null, null, null, null, null, null);

    public boolean plannedStopsIncluded() {
        return plannedStops != null && plannedStops.equalsIgnoreCase("included");
    }

    public boolean performanceCapped() {
        return Boolean.TRUE.equals(capPerformance);
    }

    public BatchAllocation allocation() {
        return batchAllocation == null ? BatchAllocation.TIME_SHARE : BatchAllocation.parse(batchAllocation);
    }

    public double coverageThreshold() {
        return minCoverage == null ? 0.95 : minCoverage;
    }

    public String batchArchiveName() {
        return batchArchive == null ? "BatchRecords" : batchArchive;
    }

    public String recipeArchiveName() {
        return recipeArchive == null ? "Recipes" : recipeArchive;
    }

    public int noDowntimeReason() {
        return downtimeReasonIgnore == null ? 0 : downtimeReasonIgnore;
    }

    /** Rule for batches that span shifts. */
    public enum BatchAllocation {
        TIME_SHARE, START, END;

        static BatchAllocation parse(String s) {
            return s.equalsIgnoreCase("timeShare") ? TIME_SHARE : valueOf(s.toUpperCase(Locale.ROOT));
        }
    }
}
