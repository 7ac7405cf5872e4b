package com.winccreports.job;

import com.winccreports.definition.JobDefinition;
import java.util.List;
import java.util.Optional;

/** The job kinds of this build, looked up by a job file's {@code kind:} or by their Spring Batch job's name. */
public final class JobKinds {

    private final List<JobKind> kinds;

    public JobKinds(List<JobKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The kind that runs {@code job}; a kind declared in the schema but not built is refused with a clear line. */
    public JobKind of(JobDefinition job) {
        return kinds.stream().filter(kind -> kind.kind() == job.kind()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("job " + job.name() + " is of kind "
                        + kindName(job.kind()) + ", which this build cannot run yet"));
    }

    /** The kind whose Spring Batch job is named {@code batchJobName}. */
    public Optional<JobKind> byBatchJob(String batchJobName) {
        return kinds.stream().filter(kind -> kind.batchJob().getName().equals(batchJobName)).findFirst();
    }

    /** The Spring Batch job names of every kind. */
    public List<String> batchJobNames() {
        return kinds.stream().map(kind -> kind.batchJob().getName()).toList();
    }

    private static String kindName(JobDefinition.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
