package com.winccreports.job.partition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The manager side of a partitioned read, for every job kind: one worker step execution per {@link ReadPartition}
 * of a {@link PartitionPlan}, {@code gridSize} at a time on their own threads. Each worker finds its partition with
 * {@link ReadPartition#fromContext}; its chunks stage what it computes in the chunk's transaction, so a restart
 * continues every partition from its last commit (Spring Batch reuses the first run's partitions; one that a
 * crash left without its plan entry gets it back, {@link PlannedPartitionSplitter}).
 */
public final class PartitionedRead {

    private PartitionedRead() {
    }

    /** The manager step {@code name} over {@code plan}, running {@code worker} for each partition. */
    public static Step managerStep(String name, JobRepository jobRepository, List<ReadPartition> plan, Step worker,
            int gridSize) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("read-");
        executor.setConcurrencyLimit(Math.max(1, gridSize));
        Partitioner partitioner = partitioner(plan);
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .splitter(new PlannedPartitionSplitter(jobRepository, worker.getName(), partitioner))
                .step(worker).gridSize(Math.max(1, gridSize)).taskExecutor(executor).build();
    }

    /** The plan as a partitioner; on a restart Spring Batch reuses the partitions of the first run instead. */
    static Partitioner partitioner(List<ReadPartition> plan) {
        List<ReadPartition> partitions = List.copyOf(plan);
        return gridSize -> {
            Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
            partitions.forEach(partition -> contexts.put(partition.name(), partition.toContext()));
            return contexts;
        };
    }
}
