package com.winccreports.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The folder a plant PC gets: the zip that {@code mvn package} builds, unpacked into an empty folder, runs the demo
 * report through {@code bin/wincc-reports} as a user would (the folder as home, the class-data archive made at the
 * first start), and its Windows script starts the same JVM the same way.
 */
class DistributionIT {

    private static final String DAY = "2026-11-24";

    @TempDir
    Path folder;

    @Test
    void theDemoReportRunsAndVerifiesFromTheUnpackedZipAndALaterStartMapsTheClassDataArchive() throws Exception {
        Path home = UnpackedDistribution.unzip(UnpackedDistribution.zip(), folder.resolve("unpacked"));
        StartScript script = StartScript.posix(home, Files.createDirectories(folder.resolve("elsewhere")));

        StartScript.Result run = script.run("run", "shift-report", "--day", DAY);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("recording a class-data archive");
        Path published = home.resolve("output/shift-report/" + DAY + "/v1");
        assertThat(published.resolve("manifest.json")).as(run.output()).isRegularFile();
        assertThat(fileNames(published)).contains("shift-report_L1_" + DAY + "_v1.xlsx",
                "shift-report_L1_" + DAY + "_v1.pdf", "shift-report_L2_" + DAY + "_v1.xlsx",
                "shift-report_L2_" + DAY + "_v1.pdf");
        assertPublishedFilesMatchTheirManifest(published);
        assertThat(home.resolve("logs/wincc-reports.log")).as("the log file of config/application.yaml").isRegularFile();
        assertThat(fileNames(home.resolve("data/cds"))).as("class-data archive made at the first start")
                .anyMatch(name -> name.endsWith(".jsa")).noneMatch(name -> name.endsWith(".failed"));

        StartScript.Result verified = script.run("verify", published.toString());
        StartScript.Result verifiedZip = script.run("verify",
                home.resolve("output/shift-report/" + DAY + "/shift-report_" + DAY + "_v1.zip").toString());

        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verifiedZip.exitCode()).as(verifiedZip.output()).isZero();
        assertThat(verified.output()).doesNotContain("FAILED");

        // -Xshare:on turns "archive unusable" from a silent slow start into a failed one
        StartScript.Result executions = script.withJavaOptions("-Xshare:on").run("executions");

        assertThat(executions.exitCode()).as(executions.output()).isZero();
        assertThat(executions.output()).contains("shift-report", DAY, "COMPLETED").doesNotContain("shared archive");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void oneShotVerbsCompileWithC1AloneWhileServeAndTheSimulatorKeepBothCompilers() throws Exception {
        Path home = UnpackedDistribution.unzip(UnpackedDistribution.zip(), folder.resolve("unpacked"));
        // "-version" after the script's options: the JVM prints its final flags and ends before the application starts
        StartScript script = StartScript.posix(home, Files.createDirectories(folder.resolve("elsewhere")))
                .withoutClassDataArchive().withJavaOptions("-XX:+PrintFlagsFinal -version");

        assertThat(tieredStopAtLevel(script.run("run", "shift-report", "--day", DAY))).isEqualTo(1);
        assertThat(tieredStopAtLevel(script.run("verify", "output"))).isEqualTo(1);
        assertThat(tieredStopAtLevel(script.run("serve"))).isEqualTo(4);
        assertThat(tieredStopAtLevel(script.run("simulator"))).isEqualTo(4);
    }

    private static int tieredStopAtLevel(StartScript.Result printed) {
        java.util.regex.Matcher flag = java.util.regex.Pattern.compile("\\bTieredStopAtLevel\\s+=\\s+(\\d+)")
                .matcher(printed.output());
        assertThat(flag.find()).as(printed.output()).isTrue();
        return Integer.parseInt(flag.group(1));
    }

    @Test
    void theWindowsScriptStartsTheSameJvmOptionsAndMainClassAsThePosixScript() throws IOException {
        Path home = UnpackedDistribution.unzip(UnpackedDistribution.zip(), folder.resolve("unpacked"));
        String posix = Files.readString(home.resolve("bin/wincc-reports"));
        String windows = Files.readString(home.resolve("bin/wincc-reports.cmd"));

        String options = ScriptSettings.posix(posix, "JVM_OPTIONS");
        String mainClass = ScriptSettings.posix(posix, "MAIN_CLASS");
        assertThat(options).contains("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");
        assertThat(ScriptSettings.windows(windows, "JVM_OPTIONS")).isEqualTo(options);
        assertThat(ScriptSettings.windows(windows, "MAIN_CLASS")).isEqualTo(mainClass);
        assertThat(ScriptSettings.windows(windows, "ONE_SHOT_JIT")).isEqualTo(ScriptSettings.posix(posix, "ONE_SHOT_JIT"))
                .isEqualTo("-XX:TieredStopAtLevel=1");
        assertThat(windows).contains("if /i \"%~1\"==\"serve\" set \"JIT_OPTION=\"",
                "if /i \"%~1\"==\"simulator\" set \"JIT_OPTION=\"");
        try (JarFile jar = new JarFile(home.resolve("app/wincc-reports.jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(mainClass);
        }
        String buildId = ScriptSettings.posix(posix, "BUILD_ID");
        assertThat(buildId).startsWith(UnpackedDistribution.version() + "-").doesNotContain("@");
        assertThat(ScriptSettings.windows(windows, "BUILD_ID")).isEqualTo(buildId);
        // every java start in both scripts: the options, the extracted jar, the main class
        assertThat(ScriptSettings.javaStarts(posix, "\"$JAVA\" $JVM_OPTIONS")).hasSize(2)
                .allMatch(line -> line.contains("-cp \"$APP_JAR\" \"$MAIN_CLASS\""))
                .allMatch(line -> line.contains("$JVM_OPTIONS $jit_option ") || line.contains("$JVM_OPTIONS $ONE_SHOT_JIT "));
        assertThat(ScriptSettings.javaStarts(windows, "\"%JAVA_EXE%\" %JVM_OPTIONS%")).hasSize(3)
                .allMatch(line -> line.contains("-cp \"%APP_JAR%\" %MAIN_CLASS%"))
                .allMatch(line -> line.contains("%JVM_OPTIONS% %JIT_OPTION% ")
                        || line.contains("%JVM_OPTIONS% %ONE_SHOT_JIT% "));
        assertThat(windows).contains("set \"APP_JAR=%APP_HOME%\\app\\wincc-reports.jar\"");
        assertThat(posix).contains("APP_JAR=\"$APP_HOME/app/wincc-reports.jar\"");
        assertThat(windows.replace("\r\n", "")).as("CRLF line ends only").doesNotContain("\n");
        assertThat(posix).startsWith("#!/bin/sh\n").doesNotContain("\r");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void withoutJava17TheScriptSaysSoInOneLineAndRefuses() throws Exception {
        Path home = UnpackedDistribution.unzip(UnpackedDistribution.zip(), folder.resolve("unpacked"));
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));

        StartScript.Result old = StartScript.posix(home, elsewhere)
                .withJavaHome(FakeJava.reporting(folder.resolve("java11"), "11.0.2")).run("run", "shift-report");
        StartScript.Result none = StartScript.posix(home, elsewhere).withoutJava(folder.resolve("no-java-path"))
                .run("run", "shift-report");

        assertThat(old.exitCode()).isEqualTo(4);
        assertThat(old.output().strip()).doesNotContain("\n")
                .contains("Java 17 or newer is needed", "is Java 11.0.2", "JAVA_HOME");
        assertThat(none.exitCode()).isEqualTo(4);
        assertThat(none.output().strip()).doesNotContain("\n").contains("Java 17 or newer is needed", "none was found");
    }

    @Test
    void theZipAndTheTarballHoldTheSameFolder() throws IOException {
        List<String> zip = UnpackedDistribution.zipEntries(UnpackedDistribution.zip());
        List<String> tarball = UnpackedDistribution.tarEntries(UnpackedDistribution.tarball());

        // the tar writer leaves out some folders' own entries: compare the files, then the empty folders
        assertThat(files(tarball)).containsExactlyInAnyOrderElementsOf(files(zip));
        assertThat(tarball).contains("wincc-reports/data/ 755", "wincc-reports/output/ 755", "wincc-reports/logs/ 755");
        assertThat(zip).contains("wincc-reports/bin/wincc-reports 755", "wincc-reports/bin/wincc-reports.cmd 644",
                "wincc-reports/app/wincc-reports.jar 644", "wincc-reports/config/application.yaml 644",
                "wincc-reports/jobs/shift-report.yaml 644", "wincc-reports/jobs/sites/demo.yaml 644",
                "wincc-reports/jobs/schema/job.schema.json 644", "wincc-reports/report-templates/shift-report.xlsx 644",
                "wincc-reports/docs/installing.md 644", "wincc-reports/service/wincc-reports.service 644",
                "wincc-reports/service/wincc-reports-service.xml 644", "wincc-reports/data/ 755",
                "wincc-reports/output/ 755", "wincc-reports/logs/ 755");
        assertThat(zip).noneMatch(entry -> entry.startsWith("wincc-reports/data/") && !entry.endsWith("/ 755"))
                .noneMatch(entry -> entry.startsWith("wincc-reports/output/") && !entry.endsWith("/ 755"))
                .anyMatch(entry -> entry.startsWith("wincc-reports/app/lib/spring-batch-core-"));
    }

    private static void assertPublishedFilesMatchTheirManifest(Path published) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(published.resolve("manifest.json").toFile());
        assertThat(manifest.get("software").get("version").asString()).isEqualTo(UnpackedDistribution.version());
        assertThat(manifest.get("files")).hasSize(4);
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = Files.readAllBytes(published.resolve(file.get("path").asString()));
            assertThat(sha256(bytes)).as(file.get("path").asString()).isEqualTo(file.get("sha256").asString());
        }
    }

    private static List<String> files(List<String> entries) {
        return entries.stream().filter(entry -> !entry.contains("/ ")).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
