package com.winccreports.shiftreport.merge;

import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.report.BatchShare;
import com.winccreports.report.DataQuality;
import com.winccreports.report.KpiResult;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TrendSeries;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shift.kpi.KpiCalculator;
import com.winccreports.shift.kpi.KpiInputs;
import com.winccreports.shift.kpi.KpiInputsResolver;
import com.winccreports.shift.kpi.KpiMappingSpec;
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
    private final StagedRecords records;
    private final Function<String, List<StagingStore.Bucket>> trends;

    public LineMerger(ShiftReportRun run, BiFunction<String, Integer, List<PartialRow>> partials,
            Map<String, Map<Integer, Sample>> bounds, StagedRecords records,
            Function<String, List<StagingStore.Bucket>> trends) {
        this.run = run;
        this.partials = partials;
        this.bounds = bounds;
        this.records = records;
        this.trends = trends;
    }

    public LineResult merge(String line) {
        Map<String, TagSeries> series = new LinkedHashMap<>();
        for (String tag : run.tagsOf(line)) {
            series.put(tag, TagSeries.of(tag, run.tags().get(tag), run.shifts(), partials,
                    bounds.getOrDefault(tag, Map.of()), run.fromMillis(), run.toMillis()));
        }
        KpiMappingSpec kpis = run.job().kpisFor(line);
        double threshold = kpis.options().coverageThreshold();
        UserArchiveSelection mapping = batchMapping();
        List<Map<String, Object>> batches = records.of(mapping, line, run.parameters().period().from(),
                run.parameters().period().to());
        ProductionRecords production = new ProductionRecords(
                batches.stream().map(r -> StagedRecords.engineRecord(mapping, r)).toList(), records.recipes(),
                records.complete());
        List<ShiftResult> shifts = new ArrayList<>();
        for (ShiftWindow shift : run.shifts()) {
            Map<String, TagStatistics> stats = new LinkedHashMap<>();
            series.forEach((tag, s) -> stats.put(tag, s.perShift().get(shift.index())));
            shifts.add(shiftResult(shift, stats, kpis, production, threshold));
        }
        List<KpiResult> periodKpis = kpis(periodInstance(), periodStats(series), kpis, production);
        DataQuality quality = DataQualityAnnex.of(run, series, threshold);
        List<TrendSeries> charts = run.tagsOf(line).stream().filter(tag -> TrendBuilder.trended(run.tags().get(tag)))
                .map(tag -> TrendBuilder.series(tag, run.tags().get(tag), trends.apply(tag), run.fromMillis(),
                        run.toMillis(), bounds.getOrDefault(tag, Map.of()).get(0))).toList();
        return new LineResult(line, shifts, periodKpis, reportBatches(mapping, batches), quality, charts);
    }

    private ShiftResult shiftResult(ShiftWindow shift, Map<String, TagStatistics> stats, KpiMappingSpec kpis,
            ProductionRecords production, double threshold) {
        KpiInputs inputs = new KpiInputsResolver(kpis).resolve(shift.shift(), stats, production);
        List<KpiResult> results = new KpiCalculator(kpis).calculate(inputs).stream().map(ReportMapping::kpi).toList();
        List<com.winccreports.report.TagStatistics> rows = new ArrayList<>();
        boolean incomplete = results.stream().anyMatch(KpiResult::incomplete);
        for (Map.Entry<String, TagStatistics> entry : stats.entrySet()) {
            rows.add(ReportMapping.tagStatistics(entry.getKey(), run.tags().get(entry.getKey()), entry.getValue()));
            incomplete |= entry.getValue().coverage() < threshold;
        }
        return new ShiftResult(ReportMapping.shiftInfo(shift.shift(), run.site().zone(), shift.from(), shift.to()),
                results, rows, inputs.downtimeByReason().stream().map(ReportMapping::downtime).toList(), incomplete);
    }

    private static List<KpiResult> kpis(ShiftInstance window, Map<String, TagStatistics> stats, KpiMappingSpec kpis,
            ProductionRecords production) {
        KpiInputs inputs = new KpiInputsResolver(kpis).resolve(window, stats, production);
        return new KpiCalculator(kpis).calculate(inputs).stream().map(ReportMapping::kpi).toList();
    }

    private static Map<String, TagStatistics> periodStats(Map<String, TagSeries> series) {
        Map<String, TagStatistics> stats = new LinkedHashMap<>();
        series.forEach((tag, s) -> stats.put(tag, s.period()));
        return stats;
    }

    /** The whole period as one window, with the planned breaks of its shifts, for period KPIs. */
    private ShiftInstance periodInstance() {
        ShiftInstance first = run.shifts().get(0).shift();
        Instant from = run.parameters().period().from();
        Instant to = run.parameters().period().to();
        var zone = run.site().zone();
        return new ShiftInstance(first.productionDay(), "period", run.parameters().period().label(), null, from, to,
                from.atZone(zone).toLocalDateTime(), to.atZone(zone).toLocalDateTime(),
                zone.getRules().getOffset(from), zone.getRules().getOffset(to), first.dayType(), first.dayNote(),
                run.shifts().stream().flatMap(s -> s.shift().breaks().stream()).toList());
    }

    private List<com.winccreports.report.BatchRecord> reportBatches(UserArchiveSelection mapping,
            List<Map<String, Object>> batches) {
        var rule = run.job().kpis().options().allocation();
        List<com.winccreports.report.BatchRecord> rows = new ArrayList<>();
        for (Map<String, Object> record : batches) {
            var batch = StagedRecords.engineRecord(mapping, record);
            List<BatchShare> shares = new ArrayList<>();
            for (ShiftWindow shift : run.shifts()) {
                double fraction = com.winccreports.shift.kpi.BatchAllocator.share(batch,
                        Instant.ofEpochMilli(shift.from()), Instant.ofEpochMilli(shift.to()), rule);
                if (fraction > 0) {
                    shares.add(new BatchShare(shift.shift().name(), Math.min(1.0, fraction),
                            fraction * batch.field(mapping.field("good")), fraction * batch.field(mapping.field("scrap"))));
                }
            }
            rows.add(StagedRecords.reportRecord(mapping, record, run.site().zone(), shares));
        }
        return rows;
    }

    private UserArchiveSelection batchMapping() {
        UserArchiveSelection selection = run.job().userArchive();
        return selection != null ? selection : new UserArchiveSelection("BatchRecords", Map.of(), "Recipes");
    }
}
