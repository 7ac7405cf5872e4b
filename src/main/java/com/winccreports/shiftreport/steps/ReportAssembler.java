package com.winccreports.shiftreport.steps;

import com.winccreports.period.ZonedPeriod;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.DataQuality;
import com.winccreports.report.KpiTrendPoint;
import com.winccreports.report.Provenance;
import com.winccreports.report.ShiftInfo;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.shiftreport.merge.LineResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Fills the report model of one line from the staged results of a run. */
final class ReportAssembler {

    static final String TREND_KPI = "oee";

    private ReportAssembler() {
    }

    static ShiftReport assemble(ShiftReportRun run, LineResult line, AlarmStatistics alarms, boolean alarmsTruncated,
            Provenance provenance) {
        return assemble(run, line, alarms, null, alarmsTruncated, provenance);
    }

    /** @param siteAlarms the site-wide alarm summary, {@code null} when the job asks for none */
    static ShiftReport assemble(ShiftReportRun run, LineResult line, AlarmStatistics alarms, AlarmStatistics siteAlarms,
            boolean alarmsTruncated, Provenance provenance) {
        var period = run.parameters().period();
        var zone = run.site().zone();
        var calendar = run.site().calendar();
        ZonedPeriod reportPeriod = new ZonedPeriod(period, calendar.productionDayOf(period.from()),
                calendar.productionDayOf(period.to().minusMillis(1)), zone);
        return new ShiftReport(run.site().name(), line.line(), "", reportPeriod,
                Locale.forLanguageTag(run.job().report().language()), line.periodKpis(), line.shifts(), line.trends(),
                shiftTrend(line, run.site().calendar()::productionDayOf), line.batches(), alarms,
                preliminary(quality(line.dataQuality(), alarmsTruncated), run), provenance, List.of(), siteAlarms);
    }

    /** OEE shift over shift within the period (one point a shift; a week's or month's report shows the trend). */
    static List<KpiTrendPoint> shiftTrend(LineResult line, Function<Instant, LocalDate> productionDay) {
        List<KpiTrendPoint> points = new ArrayList<>();
        for (ShiftResult result : line.shifts()) {
            ShiftInfo shift = result.shift();
            result.kpi(TREND_KPI).ifPresent(kpi -> points.add(new KpiTrendPoint(TREND_KPI,
                    productionDay.apply(shift.start().toInstant()), shift.name(), shift.label(),
                    shift.start(), kpi.value())));
        }
        return points;
    }

    static Provenance provenance(ShiftReportRun run, String line, Instant generatedAt, String softwareVersion,
            String server, String definitionHash, Instant dataCutOff) {
        int version = run.parameters().version();
        String preliminary = run.parameters().preliminary() ? "-PRELIMINARY" : "";
        List<String> archives = new ArrayList<>(run.archiveOfTag().values().stream().distinct().toList());
        if (run.job().userArchive() != null) {
            archives.add(run.job().userArchive().name());
        }
        return new Provenance(run.site().name() + "-" + line + "-" + run.parameters().period().label() + preliminary, version,
                version > 1 ? version - 1 : 0, generatedAt, softwareVersion, server, archives, run.job().name(),
                definitionHash, dataCutOff);
    }

    /** A preliminary report says so among its data-quality notes, with how far its data goes. */
    private static DataQuality preliminary(DataQuality quality, ShiftReportRun run) {
        if (!run.parameters().preliminary()) {
            return quality;
        }
        List<String> notes = new ArrayList<>(quality.notes());
        notes.add(0, "PRELIMINARY: the period ends at " + run.parameters().period().to() + "; this report holds data "
                + "up to " + run.parameters().asOf() + " and is replaced by the final report (v1)");
        return new DataQuality(quality.coverage(), quality.gaps(), quality.counterResets(), quality.lateData(),
                true, notes);
    }

    private static DataQuality quality(DataQuality quality, boolean alarmsTruncated) {
        if (!alarmsTruncated) {
            return quality;
        }
        List<String> notes = new ArrayList<>(quality.notes());
        notes.add("alarm list truncated at the server's limit: alarm statistics are incomplete");
        return new DataQuality(quality.coverage(), quality.gaps(), quality.counterResets(), quality.lateData(), true,
                notes);
    }
}
