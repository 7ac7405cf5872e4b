package com.winccreports.recordexport.write;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short Python script against a file with every warning turned into an error ({@code -W error}), the way a
 * plant engineer's pandas or openpyxl script would read an export. Skips the test (an assumption) where the system
 * Python lacks pandas or openpyxl.
 */
final class PythonReaders {

    /** The system interpreter: Debian's python3-pandas and python3-openpyxl are installed for it. */
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private PythonReaders() {
    }

    /** What the script printed (stdout and stderr) and its exit status. */
    record Result(int exit, String output) {
    }

    /** Skips the calling test unless {@code /usr/bin/python3} imports pandas and openpyxl. */
    static void assumeAvailable() {
        assumeTrue(Files.isExecutable(PYTHON), "no " + PYTHON);
        assumeTrue(run("import pandas, openpyxl").exit() == 0, PYTHON + " lacks pandas or openpyxl");
    }

    /** Runs {@code script} with {@code args} as {@code sys.argv[1:]}; at most a minute. */
    static Result run(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-W", "error", "-c", script));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(PYTHON + " did not finish in 60 s: " + script);
            }
            return new Result(process.exitValue(),
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
