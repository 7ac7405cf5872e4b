package com.winccreports.simulator.plant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Determinism and window independence of the generated archives. */
class PlantModelTest {

    private static final Instant FROM = Instant.parse("2026-11-23T03:30:00Z");
    private static final Instant TO = Instant.parse("2026-11-23T07:30:00Z");

    @Test
    void twoModelsOfOnePlantServeIdenticalSeries() {
        PlantModel a = PlantModel.demo();
        PlantModel b = PlantModel.demo();
        for (TagRef tag : a.archive("PVArchive").orElseThrow().tags()) {
            assertSameSeries(a.series("PVArchive", tag.name(), FROM, TO), b.series("PVArchive", tag.name(), FROM, TO));
        }
    }

    @Test
    void anotherSeedGivesAnotherHistory() {
        PlantDefinition d = PlantLoader.demo();
        PlantDefinition other = new PlantDefinition(d.site(), d.timeZone(), d.seed() + 1, d.productionDayStart(),
                d.archiveStart(), d.computerName(), d.lines(), d.tags(), d.archives(), d.powerKw(), d.recipes(),
                d.operators(), d.downtimeReasons(), d.production(), d.defects(), d.alarmFilters(), d.stateCodes(),
                d.script());
        ArchiveSeries mine = PlantModel.of(d).series("PVArchive", "L1.MachineState", FROM, TO);
        ArchiveSeries theirs = PlantModel.of(other).series("PVArchive", "L1.MachineState", FROM, TO);
        assertThat(Arrays.equals(mine.timestamps(), theirs.timestamps())).isFalse();
    }

    @Test
    void splittingAWindowAnywhereChangesNothing() {
        PlantModel model = PlantModel.demo();
        // the split points include the production day start (05:00Z) and odd milliseconds
        for (Instant split : new Instant[] {Instant.parse("2026-11-23T05:00:00Z"),
            Instant.parse("2026-11-23T04:17:31.500Z"), Instant.parse("2026-11-23T06:00:00.001Z")}) {
            for (String tag : new String[] {"L1.GoodCount", "L2.Temperature", "L1.MachineState", "L2.EnergyMeter"}) {
                ArchiveSeries whole = model.series("PVArchive", tag, FROM, TO);
                ArchiveSeries left = model.series("PVArchive", tag, FROM, split);
                ArchiveSeries right = model.series("PVArchive", tag, split, TO);
                assertThat(concat(left.timestamps(), right.timestamps())).isEqualTo(whole.timestamps());
                assertThat(concat(left.values(), right.values())).isEqualTo(whole.values());
            }
        }
    }

    @Test
    void aFreshModelAnswersALateWindowLikeAModelThatWalkedThere() {
        PlantModel walked = PlantModel.demo();
        for (int day = 1; day < 28; day += 3) {
            Instant at = Instant.parse("2026-11-01T12:00:00Z").plusSeconds(86400L * day);
            walked.series("PVArchive", "L1.GoodCount", at, at.plusSeconds(60));
        }
        PlantModel fresh = PlantModel.demo();
        assertSameSeries(fresh.series("PVArchive", "L1.GoodCount", FROM, TO),
                walked.series("PVArchive", "L1.GoodCount", FROM, TO));
    }

    @Test
    void nothingBeforeTheArchiveStart() {
        PlantModel model = PlantModel.demo();
        Instant start = model.archiveStart();
        assertThat(start).isEqualTo(model.productionDayStart(LocalDate.parse("2026-01-01")));
        assertThat(model.series("PVArchive", "L1.Temperature", start.minusSeconds(3600), start).size()).isZero();
        assertThat(model.series("PVArchive", "L1.Temperature", start, start.plusSeconds(10)).size()).isEqualTo(10);
    }

    @Test
    void latestIsTheTailOfTheSeriesBeforeIt() {
        PlantModel model = PlantModel.demo();
        for (TagRef tag : model.archive("PVArchive").orElseThrow().tags().subList(0, 10)) {
            ArchiveSeries series = model.series("PVArchive", tag.name(), TO.minusSeconds(3 * 86400), TO.plusMillis(1));
            ArchiveSeries latest = model.latest(tag, TO.toEpochMilli(), 5);
            int n = series.size();
            assertThat(latest.timestamps()).containsExactly(Arrays.copyOfRange(series.timestamps(), n - 5, n));
            assertThat(latest.values()).containsExactly(Arrays.copyOfRange(series.values(), n - 5, n));
        }
    }

    @Test
    void productionDaysFollowTheSiteTimeZoneAcrossDaylightSavingTime() {
        PlantModel model = PlantModel.demo();
        // Berlin switched to winter time in the night to 2026-10-25: production day 10-24 lasts 25 hours
        Instant start = model.productionDayStart(LocalDate.parse("2026-10-24"));
        Instant next = model.productionDayStart(LocalDate.parse("2026-10-25"));
        assertThat(start).isEqualTo(Instant.parse("2026-10-24T04:00:00Z"));
        assertThat(next).isEqualTo(Instant.parse("2026-10-25T05:00:00Z"));
        assertThat(model.series("PVArchive1min", "L1.AmbientHumidity", start, next).size()).isBetween(25 * 60 - 30, 25 * 60 + 3);
    }

    static void assertSameSeries(ArchiveSeries a, ArchiveSeries b) {
        assertThat(a.timestamps()).isEqualTo(b.timestamps());
        assertThat(a.values()).isEqualTo(b.values());
        assertThat(a.qualities()).isEqualTo(b.qualities());
    }

    private static long[] concat(long[] a, long[] b) {
        long[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
