package com.winccreports.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/wincc-reports} of an unpacked distribution, started as a user would: from another working folder,
 * without {@code WINCC_REPORTS_HOME}, with the Java running this test as {@code JAVA_HOME}.
 */
record StartScript(Path home, Path workingDirectory, Map<String, String> environment) {

    private static final long TIMEOUT_MINUTES = 10;
    private static final List<String> TOOLS_WITHOUT_JAVA = List.of("dirname", "sed", "ls", "tr");

    /** What the script printed (standard output and error together) and its exit code. */
    record Result(int exitCode, String output) {
    }

    static StartScript posix(Path home, Path workingDirectory) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        List.of("WINCC_REPORTS_HOME", "WINCC_REPORTS_CDS", "WINCC_REPORTS_JAVA_OPTS", "JAVA_TOOL_OPTIONS")
                .forEach(environment::remove);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        return new StartScript(home, workingDirectory, environment);
    }

    StartScript withJavaOptions(String options) {
        return with("WINCC_REPORTS_JAVA_OPTS", options);
    }

    StartScript withoutClassDataArchive() {
        return with("WINCC_REPORTS_CDS", "off");
    }

    StartScript withJavaHome(Path javaHome) {
        return with("JAVA_HOME", javaHome.toString());
    }

    /** No JAVA_HOME, and a PATH holding only the few tools the script needs before it looks for Java. */
    StartScript withoutJava(Path toolsFolder) throws IOException {
        Files.createDirectories(toolsFolder);
        for (String tool : TOOLS_WITHOUT_JAVA) {
            Path installed = Files.isExecutable(Path.of("/usr/bin", tool)) ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
            Files.createSymbolicLink(toolsFolder.resolve(tool), installed);
        }
        StartScript withoutHome = with("PATH", toolsFolder.toString());
        withoutHome.environment().remove("JAVA_HOME");
        return withoutHome;
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/wincc-reports").toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(workingDirectory, "script", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not end within " + TIMEOUT_MINUTES + " minutes:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private StartScript with(String variable, String value) {
        Map<String, String> changed = new HashMap<>(environment);
        changed.put(variable, value);
        return new StartScript(home, workingDirectory, changed);
    }
}
