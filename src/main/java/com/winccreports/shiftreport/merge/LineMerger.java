package com.winccreports.shiftreport.merge;

import com.winccreports.definition.TagSelection;
import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.report.BatchShare;
import com.winccreports.report.DataQuality;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TrendSeries;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shift.calendar.ShiftPart;
import com.winccreports.shift.kpi.BatchAllocator;
import com.winccreports.shift.kpi.BatchRecord;
import com.winccreports.shift.kpi.KpiCalculator;
import com.winccreports.shift.kpi.KpiResult;
import com.winccreports.shift.kpi.KpiInputs;
import com.winccreports.shift.kpi.KpiInputsResolver;
import com.winccreports.shift.kpi.KpiMapping;
import com.winccreports.shift.kpi.KpiWindow;
import com.winccreports.shift.kpi.ProductionRecords;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.shiftreport.ShiftWindow;
import com.winccreports.shiftreport.staging.PartialRow;
import com.winccreports.shiftreport.staging.StagingStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Merges one line's staged partials into shift rows and KPIs (plain Java; the merge step calls it).
 * A shift is marked incomplete when a tag's coverage in it is below the job's {@code minCoverage}
 * or a KPI could not be computed with confidence.
 */
public final class LineMerger {

    private final ShiftReportRun run;
    private final BiFunction<String, Integer, List<PartialRow>> partials;
    private final Map<String, Map<Integer, Sample>> bounds;
    private final Map<String, Sample> after;
    private final StagedRecords records;
    private final Function<String, List<StagingStore.Bucket>> trends;

    /**
     * @param partials a tag's staged partials of one shift index (−1: the time between shifts)
     * @param bounds   tag → shift index → value in force at that shift's start, where one was read
     * @param after    tag → first value at or after the period's end, where one was read
     */
    public LineMerger(ShiftReportRun run, BiFunction<String, Integer, List<PartialRow>> partials,
            Map<String, Map<Integer, Sample>> bounds, Map<String, Sample> after, StagedRecords records,
            Function<String, List<StagingStore.Bucket>> trends) {
        this.run = run;
        this.partials = partials;
        this.bounds = bounds;
        this.after = after;
        this.records = records;
        this.trends = trends;
    }

    public LineResult merge(String line) {
        Map<String, TagSeries> series = new LinkedHashMap<>();
        for (String tag : run.tagsOf(line)) {
            series.put(tag, TagSeries.of(tag, run.tags().get(tag), run.shifts(), partials,
                    bounds.getOrDefault(tag, Map.of()), after.get(tag), run.fromMillis(), run.toMillis()));
        }
        KpiMapping kpis = run.job().kpisFor(line);
        double threshold = kpis.options().coverageThreshold();
        UserArchiveSelection mapping = batchMapping();
        List<Map<String, Object>> batches = records.of(mapping, line, run.parameters().period().from(),
                run.parameters().period().to());
        List<BatchRecord> lineBatches = batches.stream().map(r -> StagedRecords.engineRecord(mapping, r)).toList();
        ProductionRecords production = new ProductionRecords(lineBatches, records.recipes(), records.complete());
        Map<String, List<String>> aggregates = aggregatesOf(line);
        List<ShiftResult> shifts = new ArrayList<>();
        for (ShiftWindow shift : run.shifts()) {
            shifts.add(shiftResult(shift, series, aggregates, kpis, production, threshold));
        }
        KpiInputs periodInputs = new KpiInputsResolver(kpis).resolve(periodWindow(series), production);
        List<KpiResult> periodKpis = new KpiCalculator(kpis).calculate(periodInputs);
        DataQuality quality = DataQualityAnnex.of(run, series, threshold);
        List<TrendSeries> charts = run.tagsOf(line).stream().filter(tag -> TrendBuilder.trended(run.tags().get(tag)))
                .map(tag -> TrendBuilder.series(tag, run.tags().get(tag), trends.apply(tag), run.fromMillis(),
                        run.toMillis(), bounds.getOrDefault(tag, Map.of()).get(0))).toList();
        return new LineResult(line, shifts, periodKpis, lineBatches, quality, charts,
                KindStatistics.plannedStops(periodInputs.plannedStops()));
    }

    private ShiftResult shiftResult(ShiftWindow shift, Map<String, TagSeries> series,
            Map<String, List<String>> aggregates, KpiMapping kpis, ProductionRecords production, double threshold) {
        KpiWindow window = window(Instant.ofEpochMilli(shift.from()), Instant.ofEpochMilli(shift.to()), List.of(shift),
                series, s -> s.perShift().get(shift.index()).whole());
        Map<String, TagStatistics> whole = window.whole();
        KpiInputs inputs = new KpiInputsResolver(kpis).resolve(window, production);
        List<KpiResult> results = new KpiCalculator(kpis).calculate(inputs);
        boolean incomplete = results.stream().anyMatch(KpiResult::incomplete);
        List<com.winccreports.report.TagStatistics> analog = new ArrayList<>();
        List<com.winccreports.report.CounterStatistics> counters = new ArrayList<>();
        List<com.winccreports.report.StateStatistics> states = new ArrayList<>();
        for (Map.Entry<String, TagStatistics> entry : whole.entrySet()) {
            String tag = entry.getKey();
            TagProfile profile = run.tags().get(tag);
            TagStatistics s = entry.getValue();
            switch (profile.tagKind()) {
                case COUNTER -> counters.add(KindStatistics.counter(tag, profile, s, run.site().zone()));
                case STATE -> states.add(KindStatistics.states(tag, profile, s));
                default -> analog.add(ReportMapping.tagStatistics(tag, profile, s, aggregates.getOrDefault(tag, List.of())));
            }
            incomplete |= s.coverage() < threshold;
        }
        return new ShiftResult(ReportMapping.shiftInfo(shift.shift(), run.site().zone(), shift.from(), shift.to()),
                results, analog, inputs.downtimeByReason().stream().map(ReportMapping::downtime).toList(), incomplete,
                counters, states, KindStatistics.plannedStops(inputs.plannedStops()), shares(shift, production.batches()));
    }

    /** The whole period as one KPI window: the parts of all its shifts, statistics per part and over the period. */
    private KpiWindow periodWindow(Map<String, TagSeries> series) {
        return window(run.parameters().period().from(), run.parameters().period().to(), run.shifts(), series,
                TagSeries::period);
    }

    /** A KPI window over {@code shifts}: their parts, each tag's statistics per part, and {@code whole} of each tag. */
    private static KpiWindow window(Instant from, Instant to, List<ShiftWindow> shifts, Map<String, TagSeries> series,
            Function<TagSeries, TagStatistics> whole) {
        List<ShiftPart> parts = new ArrayList<>();
        shifts.forEach(shift -> parts.addAll(shift.shift().parts()));
        Map<String, TagStatistics> wholeStats = new LinkedHashMap<>();
        Map<String, List<TagStatistics>> byPart = new LinkedHashMap<>();
        series.forEach((tag, s) -> {
            wholeStats.put(tag, whole.apply(s));
            List<TagStatistics> all = new ArrayList<>();
            shifts.forEach(shift -> all.addAll(s.partsOf(shift.index())));
            byPart.put(tag, all);
        });
        return new KpiWindow(from, to, parts, wholeStats, byPart);
    }

    /** Tag → the aggregates the job lists for it, for one line. */
    private Map<String, List<String>> aggregatesOf(String line) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TagSelection selection : run.job().tags()) {
            out.put(selection.perLine() ? selection.tagFor(line) : selection.tag(), selection.aggregates());
        }
        return out;
    }

    /** The share of each batch that ran in the shift, by the job's allocation rule. */
    private List<BatchShare> shares(ShiftWindow shift, List<BatchRecord> batches) {
        var rule = run.job().kpis().options().toOptions().allocation();
        List<BatchShare> shares = new ArrayList<>();
        for (BatchRecord batch : batches) {
            double fraction = BatchAllocator.share(batch, Instant.ofEpochMilli(shift.from()),
                    Instant.ofEpochMilli(shift.to()), rule);
            if (fraction > 0) {
                shares.add(new BatchShare(batch.batchId(), Math.min(1.0, fraction), fraction * batch.good(),
                        fraction * batch.scrap()));
            }
        }
        return shares;
    }

    private UserArchiveSelection batchMapping() {
        UserArchiveSelection selection = run.job().userArchive();
        return selection != null ? selection : new UserArchiveSelection("BatchRecords", Map.of(), "Recipes");
    }
}
