package com.winccreports.job.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line: nothing counted before the execution starts, then the step, partitions and values. */
class ConsoleProgressTest {

    @Test
    void beforeTheExecutionStartsTheLineSaysStartingNotZeroPartitionsRead() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)) {
            assertThat(progress.line()).startsWith("starting · ").doesNotContain("partitions");

            progress.executionStarted(7);
            progress.planned(4, 1000);
            progress.valuesRead(250);
            progress.partitionDone();

            assertThat(progress.line()).startsWith("read · partitions 1/4 · 250 values · ");
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Execution 7 started");
        }
    }
}
