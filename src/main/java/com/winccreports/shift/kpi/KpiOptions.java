package com.winccreports.shift.kpi;

import java.util.Objects;
import java.util.Optional;

/**
 * Choices where plant practice differs (the {@code kpis.options} of a job file, defaults filled in).
 *
 * @param plannedStopsIncluded false (default): planned breaks are not part of planned busy time, so they cost no
 *                             availability; true: planned busy time is the whole shift and breaks count as downtime
 * @param performanceCapped    cap effectiveness (performance) at 100 % (default false: an effectiveness above
 *                             100 % is shown and flagged, it usually means a wrong cycle time)
 * @param allocation           how a batch spanning shifts is shared (default {@link BatchAllocation#TIME_SHARE})
 * @param coverageThreshold    inputs with less coverage make a KPI incomplete (default 0.95)
 * @param batchArchiveName     user archive with the batch records (default {@code BatchRecords})
 * @param recipeArchiveName    user archive with the recipes (default {@code Recipes})
 * @param downtimeReasonTag    state tag whose codes are downtime reasons, for the Pareto
 * @param noDowntimeReason     reason code meaning "not down" (default 0)
 */
public record KpiOptions(boolean plannedStopsIncluded, boolean performanceCapped, BatchAllocation allocation,
                         double coverageThreshold, String batchArchiveName, String recipeArchiveName,
                         Optional<String> downtimeReasonTag, int noDowntimeReason) {

    public static final KpiOptions DEFAULTS = new KpiOptions(false, false, BatchAllocation.TIME_SHARE, 0.95,
            "BatchRecords", "Recipes", Optional.empty(), 0);

    public KpiOptions {
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(batchArchiveName, "batchArchiveName");
        Objects.requireNonNull(recipeArchiveName, "recipeArchiveName");
        Objects.requireNonNull(downtimeReasonTag, "downtimeReasonTag");
    }

    /** These options with planned stops counted as busy time ({@code plannedStops: included}) or not. */
    public KpiOptions withPlannedStopsIncluded(boolean included) {
        return new KpiOptions(included, performanceCapped, allocation, coverageThreshold, batchArchiveName,
                recipeArchiveName, downtimeReasonTag, noDowntimeReason);
    }

    /** These options with effectiveness capped at 100 % or not. */
    public KpiOptions withPerformanceCapped(boolean capped) {
        return new KpiOptions(plannedStopsIncluded, capped, allocation, coverageThreshold, batchArchiveName,
                recipeArchiveName, downtimeReasonTag, noDowntimeReason);
    }

    /** These options with another batch allocation rule and downtime reason tag. */
    public KpiOptions withBatches(BatchAllocation rule, Optional<String> reasonTag) {
        return new KpiOptions(plannedStopsIncluded, performanceCapped, rule, coverageThreshold, batchArchiveName,
                recipeArchiveName, reasonTag, noDowntimeReason);
    }

    /** Rule for batches that span shifts. */
    public enum BatchAllocation {
        /** By the share of the batch's duration inside the shift. */
        TIME_SHARE,
        /** All to the shift in which the batch starts. */
        START,
        /** All to the shift in which the batch ends. */
        END
    }
}
