package com.winccreports.shiftreport;

import com.winccreports.definition.ReportSection;
import com.winccreports.shift.kpi.KpiResult;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TagStatistics;
import com.winccreports.shiftreport.publish.ReportRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A renderer for job tests: the report model as plain text, every number printed, nothing dated. */
final class TextReportRenderer implements ReportRenderer {

    @Override
    public void render(ShiftReport report, ReportSection section, ReportSection.ReportFormat format, Path target)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(format).append(' ').append(report.site()).append(' ').append(report.line()).append(' ')
                .append(report.period()).append('\n');
        for (ShiftResult shift : report.shifts()) {
            text.append("shift ").append(shift.shift().name()).append(" incomplete=").append(shift.incomplete()).append('\n');
            for (TagStatistics s : shift.statistics()) {
                text.append(String.format(Locale.ROOT, "  %s count=%d avg=%.9g min=%.9g max=%.9g coverage=%.6f%n",
                        s.tag(), s.count(), s.average(), s.min(), s.max(), s.coveragePercent()));
            }
            for (KpiResult k : shift.kpis()) {
                text.append(String.format(Locale.ROOT, "  kpi %s=%.9g incomplete=%s%n", k.id(), k.value(), k.incomplete()));
            }
        }
        Files.writeString(target, text);
    }
}
