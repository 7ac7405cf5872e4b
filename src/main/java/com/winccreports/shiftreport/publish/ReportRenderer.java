package com.winccreports.shiftreport.publish;

import java.util.Set;
import java.util.List;
import com.winccreports.definition.ReportSection;
import com.winccreports.report.ShiftReport;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one report file in one format (implemented over the Excel and PDF renderers). */
public interface ReportRenderer {

    /** Renders {@code report} as {@code format} into {@code target}, with the job's template, layout and language. */
    void render(ShiftReport report, ReportSection section, ReportSection.ReportFormat format, Path target)
            throws IOException;

    /**
     * Checks, before a run reads anything, that this renderer can render {@code section} (templates present,
     * readable, placeholders known) for a site with shifts {@code shifts}; {@code where} places a problem with a
     * field of the section in the job's file. A renderer that needs no files accepts everything.
     */
    default TemplatePreflight.Result preflight(TemplatePreflight.Locator where, ReportSection section,
            Set<String> shifts) {
        return new TemplatePreflight.Result(List.of(), List.of());
    }
}
