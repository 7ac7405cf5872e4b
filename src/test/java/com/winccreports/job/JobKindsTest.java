package com.winccreports.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.definition.JobDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;

/** A job file is run by the kind its {@code kind:} names; a declared kind without an implementation is refused. */
class JobKindsTest {

    private final JobKind shiftReport = new JobKind() {
        @Override
        public JobDefinition.Kind kind() {
            return JobDefinition.Kind.SHIFT_REPORT;
        }

        @Override
        public Job batchJob() {
            return new NamedJob("shiftReport");
        }

        @Override
        public List<String> stagingTables() {
            return List.of("wr_partial");
        }
    };
    private final JobKinds kinds = new JobKinds(List.of(shiftReport));

    @Test
    void aJobFileIsRunByTheKindItNames() {
        assertThat(kinds.of(job("nightly", JobDefinition.Kind.SHIFT_REPORT))).isSameAs(shiftReport);
        assertThat(kinds.byBatchJob("shiftReport")).containsSame(shiftReport);
        assertThat(kinds.batchJobNames()).containsExactly("shiftReport");
    }

    @Test
    void aDeclaredKindThisBuildCannotRunIsRefusedNamingJobAndKind() {
        assertThatThrownBy(() -> kinds.of(job("batch-export", JobDefinition.Kind.RECORD_EXPORT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("job batch-export is of kind record-export, which this build cannot run yet");
        assertThat(kinds.byBatchJob("recordExport")).isEmpty();
    }

    private static JobDefinition job(String name, JobDefinition.Kind kind) {
        return new JobDefinition(name, kind, null, null, "demo", null, null, null, null, null, null, null, null, null, null);
    }

    /** A Spring Batch job that is only its name (the kinds look jobs up by it). */
    private record NamedJob(String getName) implements Job {
        @Override
        public void execute(JobExecution execution) {
            throw new UnsupportedOperationException();
        }
    }
}
