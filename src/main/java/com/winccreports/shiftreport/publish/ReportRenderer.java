package com.winccreports.shiftreport.publish;

import com.winccreports.definition.ReportSection;
import com.winccreports.report.ShiftReport;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one report file in one format (implemented over the Excel and PDF renderers). */
public interface ReportRenderer {

    /** Renders {@code report} as {@code format} into {@code target}, with the job's template, layout and language. */
    void render(ShiftReport report, ReportSection section, ReportSection.ReportFormat format, Path target)
            throws IOException;
}
