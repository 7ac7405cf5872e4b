package com.winccreports.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The product's command line in a child JVM on the test class path, with {@code WINCC_REPORTS_HOME} set. */
public final class ChildCli {

    /** Exit code and everything printed (stdout and stderr). */
    public record Result(int exitCode, String output, String errors) {
    }

    private ChildCli() {
    }

    public static Result run(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.timezone=UTC", "-Duser.language=en", "-cp", System.getProperty("java.class.path"),
                "com.winccreports.WinccReportsApplication"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "child", ".out");
        Path err = Files.createTempFile(home, "child", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("WINCC_REPORTS_HOME", home.toString());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("wincc-reports " + String.join(" ", args) + " did not end in 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
