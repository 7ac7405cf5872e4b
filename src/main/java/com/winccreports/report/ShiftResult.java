package com.winccreports.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the report says about one shift.
 *
 * @param shift      the shift as the calendar resolved it
 * @param kpis       KPI results in display order
 * @param statistics tag statistics in display order
 * @param downtime   downtime by reason in this shift
 * @param incomplete true when the shift's data was incomplete (gaps, late data, coverage below threshold)
 */
public record ShiftResult(ShiftInfo shift, List<KpiResult> kpis, List<TagStatistics> statistics,
        List<DowntimeReason> downtime, boolean incomplete) {

    public ShiftResult {
        Objects.requireNonNull(shift, "shift");
        kpis = List.copyOf(kpis == null ? List.of() : kpis);
        statistics = List.copyOf(statistics == null ? List.of() : statistics);
        downtime = List.copyOf(downtime == null ? List.of() : downtime);
    }

    public Optional<KpiResult> kpi(String key) {
        return kpis.stream().filter(k -> k.key().equals(key)).findFirst();
    }
}
