package com.winccreports.report;

import com.winccreports.shift.kpi.ElementValue;
import com.winccreports.shift.kpi.KpiElement;
import com.winccreports.shift.kpi.KpiResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the report says about one shift.
 *
 * @param shift       the shift as the calendar resolved it
 * @param kpis        KPI results in display order, as the KPI engine computed them (ratios as fractions)
 * @param statistics   statistics of the analog tags and setpoints, in display order
 * @param downtime     downtime by reason in this shift (in its planned busy time)
 * @param incomplete   true when the shift's data was incomplete (gaps, late data, coverage below threshold)
 * @param counters     counter tags: increase, rate, rollovers and resets, in display order
 * @param states       state tags: time in and entries into each state, in display order
 * @param plannedStops running time and units in the shift's planned stops; {@code null} when it has none
 *                     (or the job counts breaks as planned busy time)
 * @param batchShares  the batches that ran in this shift, each with its allocated share
 */
public record ShiftResult(ShiftInfo shift, List<KpiResult> kpis, List<TagStatistics> statistics,
        List<DowntimeReason> downtime, boolean incomplete, List<CounterStatistics> counters,
        List<StateStatistics> states, PlannedStopProduction plannedStops, List<BatchShare> batchShares) {

    public ShiftResult {
        Objects.requireNonNull(shift, "shift");
        kpis = List.copyOf(kpis == null ? List.of() : kpis);
        statistics = List.copyOf(statistics == null ? List.of() : statistics);
        downtime = List.copyOf(downtime == null ? List.of() : downtime);
        counters = List.copyOf(counters == null ? List.of() : counters);
        states = List.copyOf(states == null ? List.of() : states);
        batchShares = List.copyOf(batchShares == null ? List.of() : batchShares);
    }

    /** A shift without counter or state statistics, planned stops or batches. */
    public ShiftResult(ShiftInfo shift, List<KpiResult> kpis, List<TagStatistics> statistics,
            List<DowntimeReason> downtime, boolean incomplete) {
        this(shift, kpis, statistics, downtime, incomplete, List.of(), List.of(), null, List.of());
    }

    public Optional<KpiResult> kpi(String key) {
        return kpis.stream().filter(k -> k.id().equals(key)).findFirst();
    }

    /**
     * A KPI element as it entered this shift's KPIs (e.g. the good quantity), from the first KPI that used it;
     * empty when no KPI of the shift used it.
     */
    public Optional<ElementValue> element(KpiElement element) {
        return kpis.stream().flatMap(k -> k.inputs().stream()).filter(v -> v.element() == element).findFirst();
    }

    /** This shift's share of a batch, if the batch ran in it. */
    public Optional<BatchShare> share(String batchId) {
        return batchShares.stream().filter(s -> s.batchId().equals(batchId)).findFirst();
    }
}
