package com.winccreports.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.shiftreport.JobTestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionsTest {

    @TempDir
    Path home;

    @Test
    void loadsTheShippedDemoJobAndSite() {
        Definitions definitions = Definitions.load(Path.of("jobs"));

        JobDefinition job = definitions.job("shift-report");
        SiteDefinition site = definitions.siteOf(job);
        assertThat(job.kind()).isEqualTo(JobDefinition.Kind.SHIFT_REPORT);
        assertThat(job.linesOf(site)).containsExactly("L1", "L2");
        assertThat(job.report().formats()).containsExactly(ReportSection.ReportFormat.XLSX,
                ReportSection.ReportFormat.PDF);
        assertThat(job.schedule().after()).isEqualTo(ScheduleSection.Period.PRODUCTION_DAY);
        assertThat(job.schedule().completenessWait()).isEqualTo(Duration.ofHours(2));
        assertThat(job.userArchive().field("good")).isEqualTo("GoodQty");
        assertThat(site.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(site.tagsFor(site.lines())).containsKeys("L1.Temperature", "L2.AmbientHumidity");
        assertThat(definitions.fileOf(job)).hasFileName("shift-report.yaml");
    }

    @Test
    void schemaViolationNamesFileLineFieldAndProblem() throws IOException {
        Path jobs = copyJobs();
        replace(jobs.resolve("shift-report.yaml"), "formats: [xlsx, pdf]", "formats: [xlsx, docx]");

        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
                    DefinitionProblem problem = e.problems().get(0);
                    assertThat(problem.file()).hasFileName("shift-report.yaml");
                    assertThat(problem.field()).isEqualTo("report.formats[1]");
                    assertThat(problem.line()).isEqualTo(lineOf(jobs.resolve("shift-report.yaml"), "docx"));
                    assertThat(problem.problem()).contains("enum");
                });
    }

    @Test
    void aMisspeltKeyIsPlacedAtItsOwnLineNotAtTheFirstKeyOfItsObject() throws IOException {
        Path jobs = copyJobs();
        replace(jobs.resolve("batch-export.yaml"), "\nexport:", "\nexprot:");

        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).hasFileName("batch-export.yaml");
                            assertThat(p.field()).isEqualTo("exprot");
                            assertThat(p.line()).isEqualTo(lineOf(jobs.resolve("batch-export.yaml"), "exprot:"));
                        }));
    }

    @Test
    void anAlignedIntervalOfNoWholeSecondsIsPlacedAtItsLine() throws IOException {
        Path jobs = copyJobs();
        String job = Files.readString(jobs.resolve("aligned-export.yaml"));
        String interval = job.lines().filter(line -> line.strip().startsWith("interval:")).findFirst().orElseThrow();
        replace(jobs.resolve("aligned-export.yaml"), interval, interval.replaceFirst("interval: *\\S+", "interval: PT0S"));

        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).hasFileName("aligned-export.yaml");
                            assertThat(p.field()).isEqualTo("export.interval");
                            assertThat(p.line()).isEqualTo(lineOf(jobs.resolve("aligned-export.yaml"), "PT0S"));
                            assertThat(p.problem()).contains("positive whole number of seconds");
                        }));
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        Path jobs = copyJobs();
        replace(jobs.resolve("sites/demo.yaml"), "zone: Europe/Berlin\n", "");

        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).hasFileName("demo.yaml");
                            assertThat(p.field()).isEqualTo("zone");
                            assertThat(p.problem()).contains("zone");
                        }));
    }

    @Test
    void bindingErrorIsLocated() throws IOException {
        Path jobs = copyJobs();
        replace(jobs.resolve("sites/demo.yaml"), "zone: Europe/Berlin", "zone: Europe/Atlantis");

        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
                    DefinitionProblem problem = e.problems().get(0);
                    assertThat(problem.field()).isEqualTo("zone");
                    assertThat(problem.line()).isEqualTo(lineOf(jobs.resolve("sites/demo.yaml"), "Atlantis"));
                });
    }

    @Test
    void unknownLineAndTagAreCrossChecked() throws IOException {
        Path jobs = copyJobs();
        replace(jobs.resolve("shift-report.yaml"), "lines: [L1, L2]", "lines: [L1, L9]");
        replace(jobs.resolve("shift-report.yaml"), "{line}.Vibration", "{line}.Vibraton");

        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::field).containsExactly("lines[1]", "tags[10].tag"))
                .hasMessageContaining("L9").hasMessageContaining("L1.Vibraton");
    }

    /** A filter holding every line's alarms would put them into each line's report: the job must name one per line. */
    @Test
    void aSiteWideAlarmFilterForSeveralLinesIsRefusedWithWhatToDo() throws IOException {
        Path jobs = copyJobs();
        replace(jobs.resolve("shift-report.yaml"), "restFilter: \"{line}\"", "restFilter: AllAlarms");

        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::field).containsExactly("alarms.restFilter"))
                .hasMessageContaining("{line}").hasMessageContaining("siteFilter");
    }

    @Test
    void theLinesAlarmFilterNamesTheLine() {
        AlarmSelection alarms = Definitions.load(Path.of("jobs")).job("shift-report").alarms();

        assertThat(alarms.filterFor("L2")).isEqualTo("L2");
        assertThat(new AlarmSelection("{line}Alarms", null, null, null, "PressShop").filterFor("P1")).isEqualTo("P1Alarms");
    }

    @Test
    void brokenYamlReportsItsLine() throws IOException {
        Path jobs = copyJobs();
        replace(jobs.resolve("shift-report.yaml"), "site: demo", "site: [demo");

        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
                        assertThat(e.problems().get(0).problem()).startsWith("not valid YAML"));
    }

    @Test
    void unknownJobNamesTheKnownOnes() {
        Definitions definitions = Definitions.load(Path.of("jobs"));
        assertThatThrownBy(() -> definitions.job("nightly"))
                .hasMessageContaining("nightly").hasMessageContaining("shift-report");
    }

    @Test
    void aJobFileWhoseNameIsNotASafeJobNameIsRefusedNamingTheFile() throws IOException {
        DefinitionProblem problem = theOneProblemOfAJobFileNamed("...yaml");

        assertThat(problem.file()).hasFileName("...yaml");
        assertThat(problem.problem()).contains("job name '..' is not allowed").contains("rename the file");
    }

    @Test
    void aJobNamedAsTheAuditTrailsExportsFolderIsRefusedNamingTheFile() throws IOException {
        DefinitionProblem problem = theOneProblemOfAJobFileNamed("audit-trail.yaml");

        assertThat(problem.file()).hasFileName("audit-trail.yaml");
        assertThat(problem.problem()).contains("output/audit-trail/ holds the audit trail's exports")
                .contains("rename the file");
    }

    /** The demo jobs plus a copy of the shift report under {@code fileName}: the one problem loading them finds. */
    private DefinitionProblem theOneProblemOfAJobFileNamed(String fileName) throws IOException {
        Path jobs = copyJobs();
        Files.copy(jobs.resolve("shift-report.yaml"), jobs.resolve(fileName));
        InvalidDefinitionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidDefinitionException.class, () -> Definitions.load(jobs));
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    @Test
    void aGapBetweenShiftsIsAWarningLocatedInTheSiteFile() throws IOException {
        Path jobs = copyJobs();
        replace(jobs.resolve("sites/demo.yaml"), "start: \"22:00\", end: \"06:00\"", "start: \"23:00\", end: \"06:00\"");

        Definitions definitions = Definitions.load(jobs);

        assertThat(definitions.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).hasFileName("demo.yaml");
            assertThat(w.line()).isEqualTo(lineOf(jobs.resolve("sites/demo.yaml"), "23:00"));
            assertThat(w.problem()).contains("gap of 60 min");
        });
        assertThat(Definitions.load(Path.of("jobs")).warnings()).isEmpty();
    }

    @Test
    void aBadTimeZoneIsReportedAloneNotAlsoAsAnUnknownSite() throws IOException {
        Path jobs = copyJobs();
        replace(jobs.resolve("sites/demo.yaml"), "zone: Europe/Berlin", "zone: Europe/Atlantis");

        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("zone")))
                .hasMessageNotContaining("unknown site");
    }

    @Test
    void aHomeWithoutJobsOrSchemasSaysWhatIsMissing() throws IOException {
        assertThatThrownBy(() -> Definitions.load(home.resolve("jobs")))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("no such folder")
                .hasMessageContaining("WINCC_REPORTS_HOME");
        Files.createDirectories(home.resolve("jobs"));
        assertThatThrownBy(() -> Definitions.load(home.resolve("jobs")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("site.schema.json: missing: the JSON Schemas");
    }

    private Path copyJobs() {
        Path target = home.resolve("jobs");
        JobTestHome.copy(Path.of("jobs"), target);
        return target;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The 1-based line of {@code file} holding {@code needle}. */
    static int lineOf(Path file, String needle) {
        java.util.List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }
}
