package com.winccreports.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WarmRunTest {

    private static final String OUTPUT = """
            Running shift-report for 2026-11-24 [2026-11-24T05:00:00Z, 2026-11-25T05:00:00Z) (re-issue)
            read · partitions 12/24 · 600,000 values · 300,000 values/s · 2 s
            Published: execution 7, version v3, 1,230,120 values read in 2.4 s
            Folder: /tmp/home/output/shift-report/2026-11-24/v3
            """;

    @Test
    void parsesTheJobsSummaryLineAmongProgressLines() {
        assertThat(WarmRun.parsePublished(OUTPUT)).isEqualTo(new WarmRun.Published(7, 3, 1_230_120, 2.4));
    }

    @Test
    void parsesARunPublishedWithIncompleteData() {
        String output = "Published with INCOMPLETE DATA: execution 2, version v1, 1,000 values read in 10.0 s\n";

        assertThat(WarmRun.parsePublished(output)).isEqualTo(new WarmRun.Published(2, 1, 1_000, 10.0));
    }

    @Test
    void failsNamingTheOutputWhenTheRunPrintedNoSummary() {
        assertThatThrownBy(() -> WarmRun.parsePublished("Not run: shift-report 2026-11-24 was published\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Not run: shift-report");
    }

    @Test
    void theWarmMedianLeavesTheColdRunOutAndTakesTheMiddleWarmRun() {
        List<WarmRun> runs = List.of(run(1, 8.0), run(2, 3.0), run(3, 2.0), run(4, 2.5));

        assertThat(WarmRun.warmMedian(runs).index()).isEqualTo(4);
        assertThat(WarmRun.warmMedian(runs.subList(0, 3)).index()).isEqualTo(3);
        assertThat(WarmRun.warmMedian(runs.subList(0, 1)).index()).isEqualTo(1);
    }

    @Test
    void theSteadyMedianTakesTheMiddleOfTheLaterHalfOfTheRuns() {
        List<WarmRun> runs = List.of(run(1, 8.0), run(2, 3.0), run(3, 2.5), run(4, 2.0), run(5, 1.5), run(6, 1.6));

        assertThat(WarmRun.steadyMedian(runs).index()).isEqualTo(6);   // of runs 4-6: 1.5, 1.6, 2.0 s
        assertThat(WarmRun.warmMedian(runs).index()).isEqualTo(4);     // of runs 2-6: 1.5, 1.6, 2.0, 2.5, 3.0 s
        assertThat(WarmRun.steadyMedian(runs.subList(0, 4)).index()).isEqualTo(4);
        assertThat(WarmRun.steadyMedian(runs.subList(0, 1)).index()).isEqualTo(1);
    }

    @Test
    void theResultLineIsJsonWithColdAndWarmFigures() {
        List<WarmRun> runs = List.of(run(1, 8.0), run(2, 3.0), run(3, 2.0), run(4, 2.5));

        String line = WarmJobReport.resultLine("warm_1d", runs, "readArchives");

        assertThat(line).startsWith("RESULT {");
        JsonNode json = JsonMapper.builder().build().readTree(line.substring("RESULT ".length()));
        assertThat(json.get("cold_seconds").asDouble()).isEqualTo(8.0);
        assertThat(json.get("warm_run").asInt()).isEqualTo(4);
        assertThat(json.get("warm_values_per_s").asLong()).isEqualTo(400);
        assertThat(json.get("warm_read_seconds").asDouble()).isEqualTo(1.25);
        assertThat(json.get("warm_read_values_per_s").asLong()).isEqualTo(800);
        assertThat(json.get("warm_min").asLong()).isEqualTo(333);
        assertThat(json.get("warm_max").asLong()).isEqualTo(500);
        assertThat(json.get("warm_steps").asString()).isEqualTo("readArchives 1.3 s, publish 1.0 s");
        assertThat(json.get("warm_seconds_all").asString()).isEqualTo("3.0 2.0 2.5");
        assertThat(json.get("steady_run").asInt()).isEqualTo(3);   // of runs 3-4: 2.0, 2.5 s
        assertThat(json.get("steady_from").asInt()).isEqualTo(3);
        assertThat(json.get("steady_seconds").asDouble()).isEqualTo(2.0);
    }

    @Test
    void readsStepTimesGroupedByNameWithoutThePartitionWorkers() throws Exception {
        String url = "jdbc:h2:mem:warm-run-test;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE BATCH_STEP_EXECUTION (STEP_EXECUTION_ID BIGINT, JOB_EXECUTION_ID BIGINT,"
                    + " STEP_NAME VARCHAR(100), START_TIME TIMESTAMP(9), END_TIME TIMESTAMP(9))");
            statement.execute("INSERT INTO BATCH_STEP_EXECUTION VALUES"
                    + " (1, 5, 'prepare', '2026-11-25 10:00:00', '2026-11-25 10:00:00.200'),"
                    + " (2, 5, 'readArchives', '2026-11-25 10:00:00.200', '2026-11-25 10:00:02.900'),"
                    + " (3, 5, 'readPartition:read-001', '2026-11-25 10:00:00.300', '2026-11-25 10:00:01.000'),"
                    + " (4, 5, 'publish:L1', '2026-11-25 10:00:03', '2026-11-25 10:00:04'),"
                    + " (5, 5, 'publish:L2', '2026-11-25 10:00:03.500', '2026-11-25 10:00:05.500'),"
                    + " (6, 4, 'publish', '2026-11-25 09:00:00', '2026-11-25 09:30:00')");

            assertThat(JobRepositorySteps.read(url, 5)).containsExactly(new WarmRun.StepTime("prepare", 0.2),
                    new WarmRun.StepTime("readArchives", 2.7), new WarmRun.StepTime("publish", 2.5));
        }
    }

    private static WarmRun run(int index, double seconds) {
        return new WarmRun(index, new WarmRun.Published(index, index, 1000, seconds), seconds + 1, seconds * 2,
                List.of(new WarmRun.StepTime("readArchives", seconds / 2), new WarmRun.StepTime("publish", 1.0)));
    }
}
