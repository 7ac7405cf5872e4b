package com.winccreports.job;

import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.period.ReportPeriod;
import java.util.List;
import org.springframework.batch.core.job.Job;

/**
 * The seam a kind of job plugs into the generic job machinery with: the shift report is one, the record export
 * (issue 15) the next. A kind is a Spring bean; {@link JobRunService} picks it by the {@code kind:} of the job
 * file and does the rest for every kind alike — versions (refuse, re-issue, restart), the job repository, progress,
 * outcomes and exit codes, history, housekeeping, the CLI verbs and the scheduler.
 *
 * <p>What a kind brings is its Spring Batch {@link #batchJob() job}: its steps, typically a partitioned read
 * ({@code job.partition.PartitionedRead} over {@code job.partition.PartitionPlan} and {@code job.read.ArchiveAccess})
 * staging what it reads in the chunk's transaction, then a publish step that writes its files into the version
 * folder through {@code job.publish.VersionPublisher} (atomic, with {@code manifest.json}) and records them in the
 * {@code job.publish.PublicationStore}. The job's parameters are {@link RunParameters}; its steps report progress
 * through {@link RunProgressRegistry} ({@link StepProgress}, {@link PartitionProgress}).
 */
public interface JobKind {

    /** The {@code kind:} of the job files this kind runs. */
    JobDefinition.Kind kind();

    /** The Spring Batch job that runs one period of one job file; its name identifies the kind's runs. */
    Job batchJob();

    /**
     * Refuses a run before anything starts, with a message naming what is wrong (e.g. a line the job does not
     * report): throws {@link IllegalArgumentException}. The default accepts every run.
     */
    default void check(JobDefinition job, SiteDefinition site, RunOptions options) {
    }

    /**
     * The period of a batch (its span from the batch-record user archive, kind {@code BATCH}); {@code running} when
     * the batch had not ended when asked for: its span then ends at that moment, and the run is preliminary;
     * {@code line} the line it ran on (null when the archive does not say).
     */
    record BatchPeriod(ReportPeriod period, boolean running, String line) {
    }

    /**
     * The period of batch {@code batch} for {@code run <job> --batch ID}; throws {@link IllegalArgumentException}
     * naming the batch when it is unknown. The default refuses: the kind exports no batches.
     */
    default BatchPeriod batchPeriod(JobDefinition job, SiteDefinition site, String batch) {
        throw new IllegalArgumentException(notForBatches(job));
    }

    /** Why {@code job}, whose kind runs for periods only, is not run for a batch. */
    static String notForBatches(JobDefinition job) {
        return "job " + job.name() + " runs for periods, not batches: --batch applies to record-export jobs";
    }

    /**
     * What this kind checks of a request before anything starts, without Spring, the database or WinCC (the
     * shift report: its templates); the run service runs it in {@link RunAdmission}. The default checks nothing.
     */
    default RunCheck runCheck() {
        return RunCheck.NONE;
    }

    /** The staging tables (keyed by {@code job_instance_id}) housekeeping empties for a finished run. */
    List<String> stagingTables();

    /** Refuses a line of {@code options} that the job does not cover ({@code what}: "reported", "exported"). */
    static void checkLines(JobDefinition job, SiteDefinition site, RunOptions options, String what) {
        List<String> known = job.linesOf(site);
        for (String line : options.lines()) {
            if (!known.contains(line)) {
                throw new IllegalArgumentException("line '" + line + "' is not " + what + " by job " + job.name()
                        + " " + known);
            }
        }
    }
}
