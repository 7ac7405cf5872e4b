package com.winccreports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.period.ZonedPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShiftReportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void periodKeepsTheOffsetsOfBothEndsAcrossTheClockChange() {
        ZonedPeriod period = ZonedPeriod.of(LocalDate.of(2026, 10, 24), Instant.parse("2026-10-24T04:00:00Z"),
                Instant.parse("2026-10-25T05:00:00Z"), BERLIN);

        assertThat(period.from().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(period.to().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(period.duration()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void paretoSumsReasonsOverShiftsLongestFirst() {
        ShiftReport report = report(List.of(
                shift("Early", List.of(reason("1", 10, 1), reason("2", 30, 2))),
                shift("Late", List.of(reason("1", 25, 1)))));

        assertThat(report.downtimePareto()).extracting(DowntimeReason::code).containsExactly("1", "2");
        assertThat(report.downtimePareto().get(0).duration()).isEqualTo(Duration.ofMinutes(35));
        assertThat(report.downtimePareto().get(0).occurrences()).isEqualTo(2);
        assertThat(report.totalDowntime()).isEqualTo(Duration.ofMinutes(65));
    }

    @Test
    void rejectsAVersionThatSupersedesItselfOrALaterOne() {
        assertThatThrownBy(() -> provenance(2, 2)).hasMessageContaining("cannot supersede");
        assertThatThrownBy(() -> provenance(-1, 0)).hasMessageContaining("version");
        assertThat(provenance(0, 0).preliminary()).isTrue();
        assertThat(provenance(3, 2).supersedes()).isTrue();
        assertThat(provenance(1, 0).supersedes()).isFalse();
    }

    @Test
    void rejectsTrendsThatAreNotDownsampled() {
        List<TrendPoint> points = java.util.stream.IntStream.range(0, TrendSeries.MAX_POINTS + 1)
                .mapToObj(i -> new TrendPoint(Instant.EPOCH.plusSeconds(i), i)).toList();

        assertThatThrownBy(() -> new TrendSeries("L1.Temperature", "", "°C", Duration.ofSeconds(1), points))
                .hasMessageContaining("downsample");
    }

    @Test
    void aShiftThatEndsBeforeItStartsIsRejected() {
        OffsetDateTime start = OffsetDateTime.parse("2026-10-24T14:00:00+02:00");
        assertThatThrownBy(() -> new ShiftInfo("Late", "", "", start, start.minusHours(1), start.toLocalDate()))
                .hasMessageContaining("Late");
    }

    static Provenance provenance(int version, int supersedes) {
        return new Provenance("r", version, supersedes, Instant.EPOCH, "", "", List.of(), "", "", Instant.EPOCH);
    }

    private static ShiftResult shift(String name, List<DowntimeReason> downtime) {
        OffsetDateTime start = OffsetDateTime.parse("2026-06-01T06:00:00+02:00");
        return new ShiftResult(new ShiftInfo(name, name, "A", start, start.plusHours(8), start.toLocalDate()), List.of(), List.of(),
                downtime, false);
    }

    private static DowntimeReason reason(String code, int minutes, int occurrences) {
        return new DowntimeReason(code, "reason " + code, Duration.ofMinutes(minutes), occurrences);
    }

    private static ShiftReport report(List<ShiftResult> shifts) {
        ZonedPeriod period = ZonedPeriod.of(LocalDate.of(2026, 6, 1), Instant.parse("2026-06-01T04:00:00Z"),
                Instant.parse("2026-06-02T04:00:00Z"), BERLIN);
        return new ShiftReport("demo", "L1", "", period, Locale.ENGLISH, List.of(), shifts, List.of(), List.of(),
                List.of(), null, null, provenance(1, 0), List.of(), null);
    }
}
