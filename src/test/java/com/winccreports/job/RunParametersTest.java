package com.winccreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.period.ReportPeriod;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** How a run's requester is known survives the job repository, and executions made before it was kept still tell it. */
class RunParametersTest {

    private static final ReportPeriod DAY = ReportPeriod.between(Instant.parse("2026-11-24T05:00:00Z"),
            Instant.parse("2026-11-25T05:00:00Z"));

    @Test
    void aSignedInRequesterIsKeptWithoutChangingTheRunsIdentity() {
        RunParameters signedIn = new RunParameters("batch-export", DAY, List.of(), 1, 4, "quality", null, List.of(),
                null, RunParameters.SIGNED_IN);
        RunParameters fromCli = new RunParameters("batch-export", DAY, List.of(), 1, 4, "quality");

        JobParameters stored = signedIn.toJobParameters();

        assertThat(RunParameters.of(stored).identifiedBy()).isEqualTo(RunParameters.SIGNED_IN);
        assertThat(RunParameters.of(stored).runBy()).isEqualTo("quality");
        assertThat(stored.getIdentifyingParameters()).isEqualTo(fromCli.toJobParameters().getIdentifyingParameters());
        assertThat(fromCli.identifiedBy()).isEqualTo(RunParameters.OS_USER);
        assertThat(new RunParameters("batch-export", DAY, List.of(), 1, 4, "scheduler").identifiedBy())
                .isEqualTo(RunParameters.SCHEDULER);
        assertThat(signedIn.withVersion(2).identifiedBy()).isEqualTo(RunParameters.SIGNED_IN);
        assertThat(signedIn.asPreliminary(Instant.parse("2026-11-24T12:00:00Z")).identifiedBy())
                .isEqualTo(RunParameters.SIGNED_IN);
    }

    @Test
    void anExecutionStoredBeforeTheRequesterWasKeptIsToldFromItsRunBy() {
        JobParameters old = new JobParametersBuilder(new RunParameters("shift-report", DAY, List.of(), 1, 4,
                "scheduler").toJobParameters()).toJobParameters();
        JobParametersBuilder withoutIt = new JobParametersBuilder();
        old.parameters().stream().filter(p -> !p.name().equals(RunParameters.IDENTIFIED_BY))
                .forEach(withoutIt::addJobParameter);

        assertThat(RunParameters.of(withoutIt.toJobParameters()).identifiedBy()).isEqualTo(RunParameters.SCHEDULER);
    }
}
