package com.winccreports.shiftreport;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.job.RunCheck;
import com.winccreports.shiftreport.publish.ReportRenderer;
import com.winccreports.shiftreport.publish.TemplatePreflight;
import com.winccreports.system.InvalidInputException;
import java.util.List;
import java.util.Set;

/**
 * The shift report's check before a run: the renderer's templates ({@link ReportRenderer#preflight}) —
 * present, readable, bounded, placeholders known — with problems placed in the job's file by line. Plain Java:
 * the command line builds it with the product's renderer before Spring starts; the kind bean with its own.
 */
public final class ShiftReportCheck implements RunCheck {

    private final ReportRenderer renderer;

    public ShiftReportCheck(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public List<String> check(Definitions definitions, JobDefinition job) {
        TemplatePreflight.Result templates = renderer.preflight((field, problem) -> definitions.problem(job,
                List.of("report", field), problem).toString(), job.report(),
                Set.copyOf(definitions.siteOf(job).shiftNames()));
        if (!templates.ok()) {
            throw new InvalidInputException(templates.describe());
        }
        return templates.warnings();
    }
}
