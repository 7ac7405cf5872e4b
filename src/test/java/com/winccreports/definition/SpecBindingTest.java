package com.winccreports.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.calendar.ShiftCalendar;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shift.calendar.SpecProblem;
import com.winccreports.shift.kpi.KpiElement;
import com.winccreports.shift.kpi.ElementSource;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The definition records bind from the demo plant's YAML with a plain Jackson 3 mapper, no annotations, and turn
 * into the shift engine's types.
 */
class SpecBindingTest {

    record DemoFile(String zone, ShiftsRecord shifts, Map<String, TagRecord> tags, KpiMappingRecord kpis) {
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
        TagProfile state = f.tags().get("L1.MachineState").toTag().profile();
        assertThat(state.tagKind()).isEqualTo(TagKind.STATE);
        assertThat(state.stateLabel(4)).isEqualTo("Down");
        assertThat(state.validityMillis()).isEqualTo(Duration.ofHours(8).toMillis());
        TagProfile temp = f.tags().get("L1.Temperature").toTag().profile();
        assertThat(temp.interpolationMode()).isEqualTo(Interpolation.LINEAR);
        assertThat(temp.validityMillis()).isEqualTo(3000);
        assertThat(f.tags().get("L1.GoodCount").toTag().profile().rolloverValue()).isEqualTo(65536.0);
        assertThat(f.kpis().toMapping().source(KpiElement.GOOD_QUANTITY)).get()
                .isEqualTo(ElementSource.tag("L1.GoodCount", Aggregate.COUNTER_TOTAL));
    }

    @Test
    void demoCalendarGivesCrewsFromTheWeeklyRotation() throws Exception {
        DemoFile f = load();
        ShiftCalendar cal = ShiftCalendar.of(f.shifts().toSpec(), f.zone());

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
        ShiftsRecord spec = YAMLMapper.builder().build().readValue(broken, ShiftsRecord.class);

        List<SpecProblem> problems = spec.validate();

        assertThat(problems).extracting(SpecProblem::path).contains("shifts.pattern[2].end");
        assertThat(f).isNotNull();
    }

    @Test
    void kpiSectionProblemsNameTheField() {
        KpiMappingRecord spec = new KpiMappingRecord(Map.of(
                "goodQuantity", element("L1.GoodCount", "countertotal"),
                "actualProductionTime", element("L1.MachineState", "timeInState"),
                "scrapQuantity", element("L9.Nope", "counterTotal"),
                "goodQty", new ElementRecord(null, null, null, null, null, null, 1.0, null, null, null)),
                new KpiOptionsRecord("sometimes", null, null, 1.5, null, null, null, null),
                Map.of("oeee", new KpiTargetRecord(null, 0.6, 0.5)));

        assertThat(spec.validate(java.util.Set.of("L1.GoodCount", "L1.MachineState")))
                .extracting(p -> p.path())
                .containsExactlyInAnyOrder("kpis.elements.actualProductionTime.state", "kpis.elements.scrapQuantity.tag",
                        "kpis.elements.goodQty", "kpis.targets.oeee", "kpis.options.plannedStops", "kpis.options.minCoverage");
    }

    @Test
    void elementRecordsTurnIntoOneSourceEach() {
        assertThat(new ElementRecord("L1.MachineState", "timeInState", 1, List.of(4, 1), null, null, null, null, null,
                60.0).toSource()).isEqualTo(new ElementSource.TagAggregate("L1.MachineState", Aggregate.TIME_IN_STATE,
                        List.of(1, 4), 60.0));
        assertThat(new ElementRecord(null, null, null, null, "Recipes", "IdealCycleTimeS", null, null, null, null)
                .toSource()).isEqualTo(ElementSource.userArchive("Recipes", "IdealCycleTimeS"));
        assertThat(new ElementRecord(null, null, null, null, null, null, 0.5, "s", null, null).toSource())
                .isEqualTo(ElementSource.constant(0.5, "s"));
        assertThat(new ElementRecord(null, null, null, null, null, null, null, null, "shiftDuration", null).toSource())
                .isEqualTo(ElementSource.calendar(ElementSource.CalendarQuantity.SHIFT_DURATION));
    }

    @Test
    void aTagRecordKeepsItsArchiveAndCycleOutOfTheProfile() {
        ArchivedTag tag = new TagRecord("PVArchive", "°C", null, "analog", null, 185.0, Duration.ofSeconds(1), 3.0,
                null, null, null, null).toTag();

        assertThat(tag.archive()).isEqualTo("PVArchive");
        assertThat(tag.archiveCycle()).contains(Duration.ofSeconds(1));
        assertThat(tag.profile().validityMillis()).isEqualTo(3000);
        assertThat(tag.profile().interpolationMode()).isEqualTo(Interpolation.LINEAR);
        assertThat(tag.profile().lowerSpecLimit()).isEmpty();
        assertThat(tag.profile().upperLimit()).isEqualTo(185.0);
        assertThat(tag.profile().unit()).contains("°C");
    }

    private static ElementRecord element(String tag, String aggregate) {
        return new ElementRecord(tag, aggregate, null, null, null, null, null, null, null, null);
    }
}
