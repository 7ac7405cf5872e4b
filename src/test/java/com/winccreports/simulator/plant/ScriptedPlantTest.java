package com.winccreports.simulator.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted days, the site's own state codes and a counter of all units made, in the archives served. */
class ScriptedPlantTest {

    static final PlantModel VORNE = PlantModel.load(Path.of("jobs/plants/vorne-plant.yaml"));
    static final PlantModel PRESS = PlantModel.load(Path.of("jobs/plants/press-plant.yaml"));

    /** Each running segment's units are on the counter by its last second, so a 1-s reading shows them inside it. */
    @Test
    void aScriptedSegmentMakesItsUnitsByItsLastSecond() {
        Instant day = VORNE.productionDayStart(LocalDate.of(2026, 11, 24));
        ArchiveSeries good = VORNE.series("PVArchive", "L1.GoodCount", day, day.plusSeconds(8 * 3600));
        ArchiveSeries scrap = VORNE.series("PVArchive", "L1.ScrapCount", day, day.plusSeconds(8 * 3600));
        int firstRun = 70 * 60;   // 06:00-07:10: 3,617 units, 79 scrap
        assertThat(good.values()[firstRun - 1] - good.values()[0] + scrap.values()[firstRun - 1] - scrap.values()[0])
                .isEqualTo(3_617);
        assertThat(scrap.values()[firstRun - 1] - scrap.values()[0]).isEqualTo(79);
        assertThat(good.values()[firstRun + 5]).isEqualTo(good.values()[firstRun - 1]);   // down: nothing more
        for (int i = 1; i < good.size(); i++) {
            assertThat(good.values()[i]).as("good never goes down").isGreaterThanOrEqualTo(good.values()[i - 1]);
        }
        double made = good.values()[good.size() - 1] - good.values()[0] + scrap.values()[scrap.size() - 1] - scrap.values()[0];
        assertThat(made).isEqualTo(19_271);
    }

    @Test
    void everyDayOfAScriptedLineIsTheSame() {
        for (LocalDate date : new LocalDate[] {LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 24)}) {
            Instant day = VORNE.productionDayStart(date);
            ArchiveSeries states = VORNE.series("PVArchive", "L2.MachineState", day, day.plusSeconds(86_400));
            assertThat(states.values()).containsExactly(1, 4, 1, 4, 1, 4, 1, 4, 2);
            assertThat(states.timestamps()[1] - day.toEpochMilli()).isEqualTo(70 * 60_000L);
        }
        assertThat(VORNE.alarmInstances("L1", LocalDate.of(2026, 11, 24)))
                .filteredOn(a -> a.className().equals("Error")).hasSize(4);
    }

    /** The press plant logs 0 Down, 1 Running, 2 Idle, 3 Setup, and PartsTotal = good + rejects. */
    @Test
    void theSitesStateCodesAndATotalCounterAreServed() {
        Instant day = PRESS.productionDayStart(LocalDate.of(2026, 11, 24));
        Instant to = day.plusSeconds(86_400);
        ArchiveSeries states = PRESS.series("PressArchive", "P1.State", day, to);
        assertThat(states.values()).contains(0.0, 1.0, 3.0).doesNotContain(4.0);
        ArchiveSeries reasons = PRESS.series("PressArchive", "P1.StopCode", day, to);
        for (int i = 0; i < reasons.size(); i++) {
            double reason = reasons.values()[i];
            long at = reasons.timestamps()[i];
            int s = indexAtOrBefore(states.timestamps(), at);
            assertThat(reason != 0).as("a stop code while down (code 0), at %s", Instant.ofEpochMilli(at))
                    .isEqualTo(states.values()[s] == 0);
        }
        ArchiveSeries total = PRESS.series("PressArchive", "P1.PartsTotal", day, to);
        ArchiveSeries rejects = PRESS.series("PressArchive", "P1.Rejects", day, to);
        DayPlan plan = PRESS.plan(0, LocalDate.of(2026, 11, 24).toEpochDay());
        assertThat(increase(total)).isEqualTo(plan.producedTotal());
        assertThat(increase(rejects)).isEqualTo(plan.scrapAt(plan.end)).isLessThan(increase(total));
    }

    /** What a 65536 counter counted over a day (no resets in this plant). */
    private static long increase(ArchiveSeries counter) {
        long sum = 0;
        for (int i = 1; i < counter.size(); i++) {
            sum += Math.floorMod((long) (counter.values()[i] - counter.values()[i - 1]), 65536L);
        }
        return sum;
    }

    @Test
    void aScriptThatDoesNotStartTheDayIsRejectedWithItsField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("late.yaml");
        Files.writeString(file, Files.readString(Path.of("jobs/plants/vorne-plant.yaml"))
                .replaceFirst("at: \"06:00\", state: running", "at: \"06:05\", state: running"));

        assertThatThrownBy(() -> PlantLoader.load(file)).hasMessageContaining("late.yaml")
                .hasMessageContaining("script.L1.segments[0].at").hasMessageContaining("06:00");
    }

    private static int indexAtOrBefore(long[] ts, long t) {
        int i = 0;
        while (i + 1 < ts.length && ts[i + 1] <= t) {
            i++;
        }
        return i;
    }
}
