package com.winccreports.shift;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.calendar.ShiftCalendar;
import com.winccreports.shift.calendar.ShiftCalendarSpec;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shift.calendar.SpecProblem;
import com.winccreports.shift.kpi.KpiElement;
import com.winccreports.shift.kpi.KpiMappingSpec;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The spec records bind from the demo plant's YAML with a plain Jackson 3 mapper, no annotations. */
class SpecBindingTest {

    record DemoFile(String zone, ShiftCalendarSpec shifts, Map<String, TagProfile> tags, KpiMappingSpec kpis) {
    }

    private static DemoFile load() throws Exception {
        try (InputStream in = SpecBindingTest.class.getResourceAsStream("/shift/demo-site-and-job.yaml")) {
            return YAMLMapper.builder().build().readValue(in, DemoFile.class);
        }
    }

    @Test
    void demoSiteAndJobBindAndValidateWithoutProblems() throws Exception {
        DemoFile f = load();

        assertThat(f.shifts().validate()).isEmpty();
        f.tags().forEach((name, p) -> assertThat(p.validate("tags[\"" + name + "\"]")).isEmpty());
        assertThat(f.kpis().validate(f.tags().keySet())).isEmpty();
    }

    @Test
    void bindsJavaTimeTypesAndStateLabels() throws Exception {
        DemoFile f = load();

        assertThat(f.shifts().productionDayStart()).isEqualTo(Duration.ofHours(6));
        assertThat(f.shifts().pattern().get(2).start()).isEqualTo(LocalTime.of(22, 0));
        assertThat(f.shifts().pattern().get(0).label()).isEqualTo("Frühschicht");
        assertThat(f.shifts().holidays().get(0).date()).isEqualTo(LocalDate.of(2026, 12, 25));
        TagProfile state = f.tags().get("L1.MachineState");
        assertThat(state.tagKind()).isEqualTo(TagKind.STATE);
        assertThat(state.stateLabel(4)).isEqualTo("Down");
        assertThat(state.validityMillis()).isEqualTo(Duration.ofHours(8).toMillis());
        TagProfile temp = f.tags().get("L1.Temperature");
        assertThat(temp.interpolationMode()).isEqualTo(Interpolation.LINEAR);
        assertThat(temp.validityMillis()).isEqualTo(3000);
        assertThat(f.tags().get("L1.GoodCount").rolloverValue()).isEqualTo(65536.0);
        assertThat(f.kpis().source(KpiElement.GOOD_QUANTITY).aggregate()).isEqualTo("counterTotal");
    }

    @Test
    void demoCalendarGivesCrewsFromTheWeeklyRotation() throws Exception {
        DemoFile f = load();
        ShiftCalendar cal = ShiftCalendar.of(f.shifts(), f.zone());

        // 2026-11-23 is a Monday, 46 weeks after the anchor: 46 mod 3 = 1 → step 1
        List<ShiftInstance> day = cal.shiftsOf(LocalDate.of(2026, 11, 23));

        assertThat(day).extracting(ShiftInstance::name).containsExactly("Early", "Late", "Night");
        assertThat(day).extracting(ShiftInstance::crew).containsExactly("C", "A", "B");
        assertThat(day.get(0).plannedBusyTime()).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void problemsNameTheFieldPath() throws Exception {
        DemoFile f = load();
        String broken = "productionDayStart: PT6H\npattern:\n  - { name: Early, start: \"06:00\", end: \"14:30\" }\n"
                + "  - { name: Late, start: \"14:00\", end: \"22:00\" }\n  - { name: Night, start: \"22:00\" }\n";
        ShiftCalendarSpec spec = YAMLMapper.builder().build().readValue(broken, ShiftCalendarSpec.class);

        List<SpecProblem> problems = spec.validate();

        assertThat(problems).extracting(SpecProblem::path).contains("shifts.pattern[2].end");
        assertThat(f).isNotNull();
    }
}
