package com.winccreports.shiftreport;

import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.JobKind;
import com.winccreports.job.RunCheck;
import com.winccreports.job.RunOptions;
import com.winccreports.shiftreport.publish.ReportRenderer;
import java.util.List;
import org.springframework.batch.core.job.Job;

/** The shift report as a {@link JobKind}: {@code kind: shift-report} job files, run by the shift report job. */
final class ShiftReportKind implements JobKind {

    /** Every staging table the shift report keys by job instance. */
    static final List<String> STAGING_TABLES = List.of("wr_partial", "wr_trend", "wr_batch_record", "wr_result");

    private final Job job;
    private final ReportRenderer renderer;

    ShiftReportKind(Job job, ReportRenderer renderer) {
        this.job = job;
        this.renderer = renderer;
    }

    @Override
    public JobDefinition.Kind kind() {
        return JobDefinition.Kind.SHIFT_REPORT;
    }

    @Override
    public Job batchJob() {
        return job;
    }

    @Override
    public void check(JobDefinition definition, SiteDefinition site, RunOptions options) {
        JobKind.checkLines(definition, site, options, "reported");
    }

    /** The templates of the renderer in use (a test's text renderer needs none). */
    @Override
    public RunCheck runCheck() {
        return new ShiftReportCheck(renderer);
    }

    @Override
    public List<String> stagingTables() {
        return STAGING_TABLES;
    }
}
