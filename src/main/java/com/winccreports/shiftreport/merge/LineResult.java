package com.winccreports.shiftreport.merge;

import com.winccreports.report.DataQuality;
import com.winccreports.report.PlannedStopProduction;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TrendSeries;
import com.winccreports.shift.kpi.BatchRecord;
import com.winccreports.shift.kpi.KpiResult;
import java.util.List;

/**
 * The merged results of one line over the period, as the merge step stages them (JSON) for rendering:
 * shift rows with KPIs and tag statistics, KPIs over the whole period, batches, the data-quality annex,
 * the trends of analog tags for charts, and what happened in the period's planned stops ({@code null}: none).
 */
public record LineResult(String line, List<ShiftResult> shifts, List<KpiResult> periodKpis,
        List<BatchRecord> batches, DataQuality dataQuality, List<TrendSeries> trends,
        PlannedStopProduction periodPlannedStops) {

    public LineResult(String line, List<ShiftResult> shifts, List<KpiResult> periodKpis, List<BatchRecord> batches,
            DataQuality dataQuality, List<TrendSeries> trends) {
        this(line, shifts, periodKpis, batches, dataQuality, trends, null);
    }

    public LineResult {
        shifts = List.copyOf(shifts);
        periodKpis = List.copyOf(periodKpis);
        batches = List.copyOf(batches);
        trends = trends == null ? List.of() : List.copyOf(trends);
    }

    /** True when any shift, KPI or tag is marked incomplete. */
    public boolean incomplete() {
        return dataQuality.incomplete() || shifts.stream().anyMatch(ShiftResult::incomplete)
                || periodKpis.stream().anyMatch(KpiResult::incomplete);
    }
}
