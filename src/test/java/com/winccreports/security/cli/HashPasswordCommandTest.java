package com.winccreports.security.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine;

/** {@code hash-password}: from standard input, never from an argument; the hash checks with bcrypt. */
class HashPasswordCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aPasswordFromStandardInputIsPrintedAsABcryptHashThatChecks() {
        int exit = run("quality staff 2026\n", "--stdin", "--cost", "10");

        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(exit).isZero();
        assertThat(hash).startsWith("$2a$10$").doesNotContain("quality");
        assertThat(new BCryptPasswordEncoder().matches("quality staff 2026", hash)).isTrue();
        assertThat(new BCryptPasswordEncoder().matches("quality staff 2025", hash)).isFalse();
    }

    @Test
    void aPasswordIsNeverTakenAsAnArgument() {
        assertThat(run("", "quality-password")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void withoutAConsoleOrStdinItSaysHowAndFails() {
        assertThat(run("")).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--stdin");
    }

    @Test
    void tooShortAndTooLongPasswordsAreRefused() {
        assertThat(run("short\n", "--stdin")).isEqualTo(4);
        assertThat(run("x".repeat(73) + "\n", "--stdin")).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("shorter than 8").contains("longer than 72 bytes");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private int run(String stdin, String... args) {
        HashPasswordCommand command = new HashPasswordCommand(null,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandLine commandLine = new CommandLine(command);
        commandLine.setErr(new java.io.PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
