package com.winccreports.shiftreport.steps;

import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.DataQuality;
import com.winccreports.report.Provenance;
import com.winccreports.report.ReportPeriod;
import com.winccreports.report.ShiftReport;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.shiftreport.merge.LineResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Fills the report model of one line from the staged results of a run. */
final class ReportAssembler {

    private ReportAssembler() {
    }

    static ShiftReport assemble(ShiftReportRun run, LineResult line, AlarmStatistics alarms, boolean alarmsTruncated,
            Provenance provenance) {
        var period = run.parameters().period();
        var zone = run.site().zone();
        ReportPeriod reportPeriod = ReportPeriod.of(run.site().calendar().productionDayOf(period.from()),
                period.from(), period.to(), zone);
        return new ShiftReport(run.site().name(), line.line(), "", reportPeriod,
                Locale.forLanguageTag(run.job().report().language()), line.periodKpis(), line.shifts(), line.trends(),
                List.of(), line.batches(), alarms, quality(line.dataQuality(), alarmsTruncated), provenance, List.of());
    }

    static Provenance provenance(ShiftReportRun run, String line, Instant generatedAt, String softwareVersion,
            String server, String definitionHash, Instant dataCutOff) {
        int version = run.parameters().version();
        List<String> archives = new ArrayList<>(run.archiveOfTag().values().stream().distinct().toList());
        if (run.job().userArchive() != null) {
            archives.add(run.job().userArchive().name());
        }
        return new Provenance(run.site().name() + "-" + line + "-" + run.parameters().period().label(), version,
                version > 1 ? version - 1 : 0, generatedAt, softwareVersion, server, archives, run.job().name(),
                definitionHash, dataCutOff);
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
