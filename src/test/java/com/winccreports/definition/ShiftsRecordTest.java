package com.winccreports.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.winccreports.shift.calendar.RotationUnit;
import com.winccreports.shift.calendar.ShiftCalendarSpec;
import com.winccreports.shift.calendar.ShiftDefinitionSpec;
import com.winccreports.shiftreport.JobTestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site file's {@code shifts:} section becomes the shift calendar's values at loading, defaults filled in. */
class ShiftsRecordTest {

    private static final String LATE = "{name: Late, label: Late shift, start: \"14:00\", end: \"22:00\"}";
    private static final String ROTATION = "  rotation:\n    anchor: 2026-01-05\n"
            + "    steps:\n      - {Early: A, Late: B, Night: C}\n      - {Early: B, Late: C, Night: A}\n";

    @TempDir
    Path home;

    @Test
    void omittedOptionalFieldsBecomeTheCalendarsDefaults() throws IOException {
        Path jobs = demoSite(LATE, "{name: Late, start: \"14:00\", end: \"22:00\"}", ROTATION);

        ShiftCalendarSpec spec = Definitions.load(jobs).site("demo").calendar().spec();

        assertThat(spec.productionDayStart()).isEqualTo(Duration.ofHours(6));
        assertThat(spec.pattern()).extracting(ShiftDefinitionSpec::label)
                .containsExactly("Early shift", "Late", "Night shift");
        assertThat(spec.pattern()).allSatisfy(shift -> assertThat(shift.breaks()).isEmpty());
        assertThat(spec.rotation()).hasValueSatisfying(rotation -> {
            assertThat(rotation.unit()).isEqualTo(RotationUnit.WEEK);
            assertThat(rotation.steps()).containsExactly(Map.of("Early", "A", "Late", "B", "Night", "C"),
                    Map.of("Early", "B", "Late", "C", "Night", "A"));
        });
        assertThat(spec.nonWorkingDays()).isEmpty();
        assertThat(spec.holidays()).isEmpty();
    }

    @Test
    void aRotationUnitOtherThanWeekOrDayIsAnErrorNamingTheField() throws IOException {
        Path jobs = demoSite(LATE, LATE, ROTATION.replace("    steps:", "    unit: fortnight\n    steps:"));

        DefinitionProblem problem = onlyProblem(jobs);

        assertThat(problem.file()).hasFileName("demo.yaml");
        assertThat(problem.field()).isEqualTo("shifts.rotation.unit");
        assertThat(problem.line()).isEqualTo(DefinitionsTest.lineOf(jobs.resolve("sites/demo.yaml"), "fortnight"));
        assertThat(problem.problem()).isEqualTo("must be 'week' or 'day', was 'fortnight'");
    }

    @Test
    void aMissingFieldIsReportedBeforeTheCalendarIsChecked() throws IOException {
        // without its end, Late cannot be checked against Night: only the missing field is reported
        Path jobs = demoSite(LATE, "{name: Late, start: \"13:00\"}", "");

        DefinitionProblem problem = onlyProblem(jobs);

        assertThat(problem.field()).isEqualTo("shifts.pattern[1].end");
        assertThat(problem.problem()).isEqualTo("end time is required (e.g. \"14:00\")");
    }

    /** The shipped jobs with the demo site's {@code from} shift replaced and {@code rotation} after its pattern. */
    private Path demoSite(String from, String to, String rotation) throws IOException {
        Path jobs = home.resolve("jobs");
        JobTestHome.copy(Path.of("jobs"), jobs);
        Path site = jobs.resolve("sites/demo.yaml");
        String night = "    - {name: Night, label: Night shift, start: \"22:00\", end: \"06:00\"}\n";
        String text = Files.readString(site);
        assertThat(text).contains(from, night);
        Files.writeString(site, text.replace(from, to).replace(night, night + rotation));
        return jobs;
    }

    private static DefinitionProblem onlyProblem(Path jobs) {
        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class,
                () -> Definitions.load(jobs));
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }
}
