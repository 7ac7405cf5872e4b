package com.winccreports.job.partition;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Spring Batch's splitter, plus the guarantee that every partition it hands out carries its
 * {@link ReadPartition} — also after a crash at the wrong moment.
 * <p>
 * Spring Batch saves a new partition's step execution (with an empty context) and then its context in two
 * transactions. A process killed between the two leaves a partition without its plan; a restart copies
 * that empty context into the new execution, and every later run failed with "Value for
 * key=[partition.index] is [null]". Here a partition whose stored context lacks its plan entry gets it
 * back from the plan (fixed by the pinned definition, so it is the plan the first run made) and the
 * context is saved again; a crash during that repair leaves the same state, repaired on the next try.
 */
final class PlannedPartitionSplitter implements StepExecutionSplitter {

    private static final Logger log = LoggerFactory.getLogger(PlannedPartitionSplitter.class);
    private static final String SEPARATOR = ":";

    private final SimpleStepExecutionSplitter splitter;
    private final JobRepository jobRepository;
    private final Partitioner plan;

    /**
     * @param workerStepName the partitions' step; their executions are named {@code <worker>:<partition>}
     * @param plan           the partitions, named as {@link ReadPartition#name()}, each in its context
     */
    PlannedPartitionSplitter(JobRepository jobRepository, String workerStepName, Partitioner plan) {
        this.splitter = new SimpleStepExecutionSplitter(jobRepository, workerStepName, plan);
        this.jobRepository = jobRepository;
        this.plan = plan;
    }

    @Override
    public String getStepName() {
        return splitter.getStepName();
    }

    @Override
    public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
        Set<StepExecution> partitions = splitter.split(manager, gridSize);
        Map<String, ExecutionContext> planned = null;
        for (StepExecution partition : partitions) {
            if (ReadPartition.isIn(partition.getExecutionContext())) {
                continue;
            }
            planned = planned == null ? plan.partition(gridSize) : planned;
            String name = partition.getStepName().substring(partition.getStepName().indexOf(SEPARATOR) + 1);
            ExecutionContext context = planned.get(name);
            if (context == null) {
                throw new JobExecutionException("partition " + name + " of step execution " + partition.getId()
                        + " is not in this run's plan; re-issue the period");
            }
            log.warn("Partition {} had lost its plan entry (a crash between its creation and its first save); "
                    + "restored from the plan", name);
            context.entrySet().forEach(entry -> partition.getExecutionContext().put(entry.getKey(), entry.getValue()));
            jobRepository.updateExecutionContext(partition);
        }
        return partitions;
    }
}
