package com.winccreports.recordexport;

import com.winccreports.definition.ArchivedTag;
import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.definition.Definitions;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.period.ReportPeriod;
import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.TagAggregator;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.aggregate.TagStatistics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The aligned export of two hours (5-minute windows) over HTTP against the simulator: every cell equals the shift
 * engine's aggregate of that window computed here from the simulator's raw values read independently (the value
 * in force at the window's start, the window's values, the first value after it), and every flag says whether the
 * window had gap or bad-quality time.
 */
class RecordExportAlignedTests {

    static final ReportPeriod PERIOD = ReportPeriod.between(Instant.parse("2026-11-24T12:00:00Z"),
            Instant.parse("2026-11-24T14:00:00Z"));
    static final List<String> TAGS = List.of("L1.Temperature", "L1.Vibration", "L1.MachineState");
    static final List<Aggregate> AGGREGATES = List.of(Aggregate.TIME_AVERAGE, Aggregate.MINIMUM, Aggregate.MAXIMUM,
            Aggregate.COUNT);
    static final Duration WINDOW = Duration.ofMinutes(5);

    @Test
    void everyCellIsTheShiftEnginesAggregateOfItsWindow(@TempDir Path root) {
        try (ExportTestHome home = new ExportTestHome(root); ConfigurableApplicationContext context = home.start()) {
            RunOutcome outcome = ExportTestHome.runs(context).run("aligned-export", PERIOD, RunOptions.defaults());

            assertThat(outcome.status().exitCode()).as(outcome.message()).isIn(0, 2);
            Path csv = outcome.files().stream().filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
            List<List<String>> rows = Rfc4180.read(csv);
            assertThat(rows.get(0)).startsWith("time_utc", "time_local", "L1.Temperature timeAverage [°C]");
            assertThat(rows).hasSize(1 + 24);
            Map<String, ArchivedTag> profiles = Definitions.load(home.home).siteOf(Definitions.load(home.home)
                    .job("aligned-export")).tagsFor(List.of("L1"));
            int column = 2;
            for (String tag : TAGS) {
                ArchivedTag profile = profiles.get(tag);
                List<SimulatorValues.Value> values = home.values().read(profile.archive(), tag,
                        PERIOD.from().minus(Duration.ofHours(8)), PERIOD.to().plus(Duration.ofHours(8)));
                for (int w = 0; w < 24; w++) {
                    long start = PERIOD.from().plus(WINDOW.multipliedBy(w)).toEpochMilli();
                    List<String> row = rows.get(1 + w);
                    assertThat(Instant.parse(row.get(0)).toEpochMilli()).isEqualTo(start);
                    TagStatistics expected = window(values, start, start + WINDOW.toMillis(), profile.profile());
                    for (int a = 0; a < AGGREGATES.size(); a++) {
                        double cell = AGGREGATES.get(a).read(expected, List.of());
                        String text = row.get(column + a);
                        String where = tag + " " + AGGREGATES.get(a).id() + " at " + row.get(0);
                        if (Double.isNaN(cell)) {
                            assertThat(text).as(where).isEmpty();
                        } else {
                            assertThat(Double.parseDouble(text)).as(where).isEqualTo(cell);
                        }
                    }
                    assertThat(row.get(column + AGGREGATES.size())).as(tag + " flags at " + row.get(0))
                            .isEqualTo(flags(expected));
                }
                column += AGGREGATES.size() + 1;
            }
        }
    }

    /** The engine over one window, fed from the plain list: bound, values inside, first value after. */
    private static TagStatistics window(List<SimulatorValues.Value> values, long start, long end, TagProfile profile) {
        SliceAccumulator accumulator = new SliceAccumulator(start, end, profile);
        Sample after = null;
        SimulatorValues.Value before = null;
        int inside = 0;
        long[] ts = new long[values.size()];
        double[] vs = new double[values.size()];
        int[] qs = new int[values.size()];
        for (SimulatorValues.Value value : values) {
            long t = value.time().toEpochMilli();
            if (t < start) {
                before = value;
            } else if (t < end) {
                ts[inside] = t;
                vs[inside] = value.value();
                qs[inside++] = value.quality();
            } else if (after == null) {
                after = new Sample(t, value.value(), value.quality());
            }
        }
        if (before != null) {
            accumulator.bound(before.time().toEpochMilli(), before.value(), before.quality());
        }
        accumulator.accept(ts, vs, qs, inside);
        return TagAggregator.finish(accumulator.partial(), start, end, profile, after);
    }

    private static String flags(TagStatistics stats) {
        return stats.gapMillis() > 0 ? stats.badMillis() > 0 ? "gap+bad" : "gap" : stats.badMillis() > 0 ? "bad" : "";
    }
}
