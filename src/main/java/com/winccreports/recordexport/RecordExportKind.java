package com.winccreports.recordexport;

import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.JobKind;
import com.winccreports.job.RunOptions;
import com.winccreports.period.ReportPeriod;
import com.winccreports.recordexport.plan.BatchLookup;
import com.winccreports.recordexport.plan.BatchSpan;
import com.winccreports.recordexport.plan.ExportSpec;
import com.winccreports.recordexport.read.ExportWincc;
import com.winccreports.recordexport.staging.ExportStore;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.batch.core.job.Job;

/**
 * The archive and record export as a {@link JobKind}: {@code kind: record-export} job files (docs/exports.md).
 * Besides periods it runs batches: {@code run <job> --batch ID} exports the span of that batch.
 */
final class RecordExportKind implements JobKind {

    private final Job job;
    private final ExportWincc wincc;
    private final Clock clock;

    RecordExportKind(Job job, ExportWincc wincc, Clock clock) {
        this.job = job;
        this.wincc = wincc;
        this.clock = clock;
    }

    @Override
    public JobDefinition.Kind kind() {
        return JobDefinition.Kind.RECORD_EXPORT;
    }

    @Override
    public Job batchJob() {
        return job;
    }

    /** Refuses a line the job does not export, a format it does not write, and a batch without a batch archive. */
    @Override
    public void check(JobDefinition definition, SiteDefinition site, RunOptions options) {
        JobKind.checkLines(definition, site, options, "exported");
        ExportSpec.of(definition.export(), options.formats());
    }

    /**
     * The span of batch {@code batch}: its record's start − margin to end + margin; a batch still running ends now
     * (to the second), and the export is then preliminary (version 0, in {@code preliminary/}, replaced by the next
     * preliminary export; the final v1 once the batch has ended).
     */
    @Override
    public BatchPeriod batchPeriod(JobDefinition definition, SiteDefinition site, String batch) {
        if (definition.userArchive() == null) {
            throw new IllegalArgumentException("job " + definition.name() + " names no batch-record user archive "
                    + "(userArchive:), so --batch cannot find batch '" + batch + "'");
        }
        BatchSpan span = BatchLookup.find(wincc.source(definition.source()), definition.userArchive(), batch);
        ExportSpec spec = ExportSpec.of(definition.export(), List.of());
        return new BatchPeriod(ReportPeriod.batch(span.batchId(), span.from(spec.batchMargin()),
                span.to(spec.batchMargin(), clock.instant().truncatedTo(ChronoUnit.SECONDS))), span.running(),
                span.line());
    }

    @Override
    public List<String> stagingTables() {
        return ExportStore.TABLES;
    }
}
