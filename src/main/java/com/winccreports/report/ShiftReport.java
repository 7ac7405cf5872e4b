package com.winccreports.report;

import com.winccreports.shift.kpi.BatchRecord;
import com.winccreports.shift.kpi.KpiResult;
import com.winccreports.period.ZonedPeriod;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shift report of one line for one period: the value the shift report job fills and both renderers
 * take. Everything in it is bounded in size except the {@link #tables() data tables}, which stream.
 *
 * @param site            site id, e.g. {@code demo}
 * @param line            line id, e.g. {@code L1}
 * @param lineDescription line description in the report's language (may be empty)
 * @param period          the period, with UTC offsets at both ends
 * @param locale          language and number format of labels and text
 * @param periodKpis      KPIs over the whole period (templates: {@code ${kpi.<key>}}), as the KPI engine computed
 *                        them (ratios as fractions)
 * @param shifts          the shifts of the period in time order
 * @param trends          downsampled trends per tag for charts
 * @param shiftTrend      KPI values of recent shifts for the shift-over-shift trend (may be empty)
 * @param batches         batches overlapping the period (each shift lists its share of them)
 * @param alarms          alarm statistics of the report's line
 * @param dataQuality     data-quality findings
 * @param provenance      report id, version, sources
 * @param tables          large streamed tables, each on sheets/pages of its own
 * @param siteAlarms      a site-wide alarm summary, where the job asks for one ({@code null} otherwise)
 */
public record ShiftReport(String site, String line, String lineDescription, ZonedPeriod period, Locale locale,
        List<KpiResult> periodKpis, List<ShiftResult> shifts, List<TrendSeries> trends,
        List<KpiTrendPoint> shiftTrend, List<BatchRecord> batches, AlarmStatistics alarms, DataQuality dataQuality,
        Provenance provenance, List<DataTable> tables, AlarmStatistics siteAlarms) {

    public ShiftReport {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(line, "line");
        lineDescription = lineDescription == null ? "" : lineDescription;
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(locale, "locale");
        periodKpis = List.copyOf(periodKpis == null ? List.of() : periodKpis);
        shifts = List.copyOf(shifts == null ? List.of() : shifts);
        trends = List.copyOf(trends == null ? List.of() : trends);
        shiftTrend = List.copyOf(shiftTrend == null ? List.of() : shiftTrend);
        batches = List.copyOf(batches == null ? List.of() : batches);
        alarms = alarms == null ? AlarmStatistics.none() : alarms;
        dataQuality = dataQuality == null ? DataQuality.complete() : dataQuality;
        Objects.requireNonNull(provenance, "provenance");
        tables = List.copyOf(tables == null ? List.of() : tables);
    }

    /** The same report with other streamed tables (e.g. none for a summary, or a raw-value table added). */
    public ShiftReport withTables(List<DataTable> value) {
        return new ShiftReport(site, line, lineDescription, period, locale, periodKpis, shifts, trends, shiftTrend,
                batches, alarms, dataQuality, provenance, value, siteAlarms);
    }

    /** The same report over other shifts (tests build a week's or a month's report from demo days). */
    public ShiftReport withShifts(List<ShiftResult> value) {
        return new ShiftReport(site, line, lineDescription, period, locale, periodKpis, value, trends, shiftTrend,
                batches, alarms, dataQuality, provenance, tables, siteAlarms);
    }

    /** The same report with other data-quality findings. */
    public ShiftReport withDataQuality(DataQuality value) {
        return new ShiftReport(site, line, lineDescription, period, locale, periodKpis, shifts, trends, shiftTrend,
                batches, alarms, value, provenance, tables, siteAlarms);
    }

    public Optional<KpiResult> periodKpi(String key) {
        return periodKpis.stream().filter(k -> k.id().equals(key)).findFirst();
    }

    public Optional<DataTable> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** True when any shift or the data-quality annex flags missing or late data. */
    public boolean incomplete() {
        return dataQuality.incomplete() || shifts.stream().anyMatch(ShiftResult::incomplete);
    }

    /** Downtime summed per reason over all shifts, longest first (the Pareto order). */
    public List<DowntimeReason> downtimePareto() {
        Map<String, DowntimeReason> byCode = new LinkedHashMap<>();
        for (ShiftResult shift : shifts) {
            for (DowntimeReason reason : shift.downtime()) {
                byCode.merge(reason.code(), reason, DowntimeReason::plus);
            }
        }
        return byCode.values().stream()
                .sorted((a, b) -> b.duration().compareTo(a.duration()))
                .toList();
    }

    public Duration totalDowntime() {
        return downtimePareto().stream().map(DowntimeReason::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
