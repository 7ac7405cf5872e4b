package com.winccreports.definition;

import com.winccreports.shift.kpi.KpiOptions;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code kpis.options} of a job file as the YAML gives it, all optional; {@link #toOptions()} fills in the
 * defaults (see {@link KpiOptions}).
 *
 * @param plannedStops    {@code excluded} (default) or {@code included}
 * @param capPerformance  cap effectiveness at 100 % (default false)
 * @param batchAllocation {@code timeShare} (default), {@code start} or {@code end}
 * @param minCoverage     inputs with less coverage make a KPI incomplete (default 0.95)
 * @param batchArchive    user archive with the batch records (default {@code BatchRecords})
 * @param recipeArchive   user archive with the recipes (default {@code Recipes})
 * @param downtimeReasonTag state tag whose codes are downtime reasons, for the Pareto (optional)
 * @param downtimeReasonIgnore reason code meaning "not down" (default 0)
 */
public record KpiOptionsRecord(String plannedStops, Boolean capPerformance, String batchAllocation,
                               Double minCoverage, String batchArchive, String recipeArchive,
                               String downtimeReasonTag, Integer downtimeReasonIgnore) {

    /** No option given. */
    public static final KpiOptionsRecord NONE = new KpiOptionsRecord(null, null, null, null, null, null, null, null);

    /** The same options with the downtime reason tag replaced. */
    KpiOptionsRecord withDowntimeReasonTag(String tag) {
        return new KpiOptionsRecord(plannedStops, capPerformance, batchAllocation, minCoverage, batchArchive,
                recipeArchive, tag, downtimeReasonIgnore);
    }

    /** The options with defaults filled in; call on options the {@code kpis:} check found no error in. */
    public KpiOptions toOptions() {
        KpiOptions d = KpiOptions.DEFAULTS;
        return new KpiOptions("included".equalsIgnoreCase(plannedStops), Boolean.TRUE.equals(capPerformance),
                allocation(), minCoverage == null ? d.coverageThreshold() : minCoverage,
                batchArchive == null ? d.batchArchiveName() : batchArchive,
                recipeArchive == null ? d.recipeArchiveName() : recipeArchive, Optional.ofNullable(downtimeReasonTag),
                downtimeReasonIgnore == null ? d.noDowntimeReason() : downtimeReasonIgnore);
    }

    private KpiOptions.BatchAllocation allocation() {
        if (batchAllocation == null || batchAllocation.equalsIgnoreCase("timeShare")) {
            return KpiOptions.BatchAllocation.TIME_SHARE;
        }
        return KpiOptions.BatchAllocation.valueOf(batchAllocation.toUpperCase(Locale.ROOT));
    }
}
