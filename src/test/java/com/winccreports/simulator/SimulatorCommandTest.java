package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code simulator} verb is wired into the root command and documents its options. */
class SimulatorCommandTest {

    @Test
    void helpListsTheOptions() {
        StringWriter text = new StringWriter();
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(new PrintWriter(text));
        int exit = cli.execute("simulator", "--help");
        assertThat(exit).isZero();
        assertThat(text.toString()).contains("--port", "--plant", "--tls", "--latency-ms", "--error-rate",
                "--too-many-rate", "--reset-rate", "--truncate-rate", "--late-data-lag", "--user");
    }

    @Test
    void badOptionsAreRejectedBeforeAnythingStarts() {
        CommandLine cli = new CommandLine(new Cli());
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("simulator", "--port", "many")).isNotZero();
    }
}
