package com.winccreports.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Every verb through the command line against one home folder, as an operator uses them one after the other,
 * each checked for the exit code the documented table gives it: 0 published, 2 preliminary (or incomplete),
 * 3 failed and restartable (server down), 4 refused (already reported, no such execution, wrong password); and
 * a period run again after the job database was lost, which keeps its version folder and says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliVerbsEndToEndTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String[] DAY_PART = {"--from", "2026-11-24T12:00:00Z", "--to", "2026-11-24T14:00:00Z"};
    private static final String DAY_PART_FOLDER = "output/shift-report/2026-11-24T12-00-00Z_2026-11-24T14-00-00Z";
    private static final String[] OPEN_PERIOD = {"--from", "2026-11-25T08:00:00Z", "--to", "2026-11-25T12:00:00Z"};
    private static final String OPEN_FOLDER = "output/shift-report/2026-11-25T08-00-00Z_2026-11-25T12-00-00Z";
    private static final Pattern EXECUTION = Pattern.compile("execution (\\d+)");

    private Path root;
    private CliHome home;

    @BeforeAll
    void home(@TempDir Path folder) {
        root = folder;
        home = new CliHome(root, NOW);
        home.source(home.urlWithCredentials(), "config/wincc-password");
    }

    @AfterAll
    void close() {
        home.close();
    }

    @Test
    @Order(1)
    void runPublishesAndExitsZeroWritingNoCredentialsAnywhere() throws Exception {
        CliHome.Result run = home.cli(withJob("run", DAY_PART));

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.out()).contains("Published: execution").contains("Folder: " + root.resolve(DAY_PART_FOLDER + "/v1"));
        assertThat(root.resolve(DAY_PART_FOLDER + "/v1")).isDirectoryContaining("glob:**.xlsx")
                .isDirectoryContaining("glob:**.pdf");
        String manifest = home.read(DAY_PART_FOLDER + "/v1/manifest.json");
        assertThat(manifest).contains(home.simulatorUrl()).doesNotContain("Sekr1t").doesNotContain("probe");
        assertThat(root.resolve("logs/wincc-reports.log")).exists();
        assertThat(home.read("logs/wincc-reports.log")).contains("holds a user and password")
                .doesNotContain("Sekr1t");
    }

    @Test
    @Order(2)
    void runningAReportedPeriodAgainIsRefusedWithFour() {
        CliHome.Result again = home.cli(withJob("run", DAY_PART));

        assertThat(again.exitCode()).as(again.printed()).isEqualTo(4);
        assertThat(again.err()).contains("Not run:").contains("already reported as v1").contains("--reissue");
    }

    @Test
    @Order(3)
    void executionsListsTheRuns() {
        CliHome.Result executions = home.cli("executions", "--limit", "5");

        assertThat(executions.exitCode()).as(executions.printed()).isZero();
        assertThat(executions.out()).contains("2026-11-24T12-00-00Z_2026-11-24T14-00-00Z").contains("COMPLETED");
    }

    @Test
    @Order(4)
    void aPeriodThatHasNotEndedIsPublishedPreliminaryWithTwoAndNeverBlocksTheFinalVersion() throws Exception {
        CliHome.Result first = home.cli(withJob("run", OPEN_PERIOD));
        home.clock.set(NOW.plusSeconds(600));
        CliHome.Result second = home.cli(withJob("run", OPEN_PERIOD));

        assertThat(first.exitCode()).as(first.printed()).isEqualTo(2);
        assertThat(first.out()).contains("PRELIMINARY").contains(OPEN_FOLDER + "/preliminary");
        assertThat(second.exitCode()).as("a second preliminary run replaces the first: " + second.printed()).isEqualTo(2);
        assertThat(home.read(OPEN_FOLDER + "/preliminary/manifest.json")).contains("\"preliminary\" : true")
                .contains("\"version\" : 0");
        assertThat(root.resolve(OPEN_FOLDER + "/preliminary/shift-report_L1_2026-11-25T08-00-00Z_2026-11-25T12-00-00Z"
                + "_preliminary.xlsx")).exists();
        assertThat(root.resolve(OPEN_FOLDER + "/v1")).doesNotExist();

        home.clock.set(Instant.parse("2026-11-25T12:30:00Z"));
        CliHome.Result fin = home.cli(withJob("run", OPEN_PERIOD));
        home.clock.set(NOW);

        assertThat(fin.exitCode()).as(fin.printed()).isZero();
        assertThat(root.resolve(OPEN_FOLDER + "/v1/manifest.json")).content().contains("\"preliminary\" : false");
        assertThat(root.resolve(OPEN_FOLDER + "/preliminary/SUPERSEDED")).content().contains("superseded by v1");
    }

    @Test
    @Order(5)
    void stopAndRestartOfAnExecutionThatDoesNotExistAreRefused() {
        CliHome.Result stop = home.cli("stop", "999");
        CliHome.Result restart = home.cli("restart", "999");

        assertThat(stop.exitCode()).as(stop.printed()).isEqualTo(4);
        assertThat(stop.err()).contains("execution 999 does not exist or is not running");
        assertThat(restart.exitCode()).as(restart.printed()).isEqualTo(4);
        assertThat(restart.err()).contains("no execution 999");
    }

    @Test
    @Order(6)
    void anUnreachableServerFailsWithThreeNamingUrlAndCauseAndRestartFinishesOnceItIsBack() {
        String dead = CliHome.deadUrl();
        home.source(dead, "config/wincc-password");
        CliHome.Result down = home.cli(withJob("run", "--from", "2026-11-24T14:00:00Z", "--to", "2026-11-24T16:00:00Z"));

        assertThat(down.exitCode()).as(down.printed()).isEqualTo(3);
        assertThat(down.err()).contains("connection refused at " + dead).contains("restart ")
                .doesNotContain("ConnectException").doesNotContain("\tat ");
        assertThat(down.err().lines()).hasSizeLessThan(4);
        assertThat(home.read("logs/wincc-reports.log")).contains("ConnectException");

        home.source(home.simulatorUrl(), "config/wincc-password");
        CliHome.Result restart = home.cli("restart", execution(down.err()));

        assertThat(restart.exitCode()).as(restart.printed()).isZero();
        assertThat(restart.out()).contains("Published: execution");
    }

    @Test
    @Order(7)
    void aWrongPasswordIsAConfigurationErrorWithFourInOneLine() {
        home.write("config/wrong-password", "guess\n");
        home.source(home.simulatorUrl(), "config/wrong-password");
        CliHome.Result rejected = home.cli(withJob("run", "--from", "2026-11-24T16:00:00Z", "--to",
                "2026-11-24T18:00:00Z"));
        home.source(home.simulatorUrl(), "config/wincc-password");

        assertThat(rejected.exitCode()).as(rejected.printed()).isEqualTo(4);
        assertThat(rejected.err().lines()).singleElement().asString().contains("HTTP 401")
                .contains("wincc-reports.sources.embedded").contains("restart ");
    }

    @Test
    @Order(8)
    void schedulesAndTemplatesCheckAndHelpExitZero() {
        CliHome.Result schedules = home.cli("schedules");
        CliHome.Result templates = home.cli("templates", "check", "--dir", root.resolve("report-templates").toString());
        CliHome.Result help = home.cli("run", "--help");

        assertThat(schedules.exitCode()).as(schedules.printed()).isZero();
        assertThat(templates.exitCode()).as(templates.printed()).isZero();
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes");
    }

    @Test
    @Order(9)
    void afterTheJobDatabaseIsLostARerunSaysItKeptTheVersionInsteadOfPublished() throws Exception {
        String manifest = home.read(DAY_PART_FOLDER + "/v1/manifest.json");
        FileSystemUtils.deleteRecursively(root.resolve("data"));

        CliHome.Result again = home.cli(withJob("run", DAY_PART));

        assertThat(again.exitCode()).as(again.printed()).isZero();
        assertThat(again.out()).contains("Already published, kept as it was: execution")
                .contains("Folder: " + root.resolve(DAY_PART_FOLDER + "/v1"))
                .contains("already held this version").contains("of an earlier job database")
                .contains("--reissue publishes the next version").doesNotContain("Published");
        assertThat(home.read(DAY_PART_FOLDER + "/v1/manifest.json")).as("kept as it was").isEqualTo(manifest);
        assertThat(root.resolve(DAY_PART_FOLDER + "/v2")).doesNotExist();
    }

    private static String[] withJob(String verb, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = verb;
        all[1] = "shift-report";
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private static String execution(String printed) {
        Matcher matcher = EXECUTION.matcher(printed);
        assertThat(matcher.find()).as(printed).isTrue();
        return matcher.group(1);
    }
}
