package com.winccreports.shiftreport.merge;

import com.winccreports.report.CounterReset;
import com.winccreports.report.DataGap;
import com.winccreports.report.DataQuality;
import com.winccreports.report.TagCoverage;
import com.winccreports.shift.aggregate.Stretch;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shiftreport.ShiftReportRun;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coverage per tag over the period, its gaps, every counter rollover and reset (counters only) with its time,
 * and plain-words notes about what is incomplete.
 */
final class DataQualityAnnex {

    private DataQualityAnnex() {
    }

    static DataQuality of(ShiftReportRun run, Map<String, TagSeries> series, double threshold) {
        ZoneId zone = run.site().zone();
        List<TagCoverage> coverage = new ArrayList<>();
        List<DataGap> gaps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean incomplete = false;
        List<CounterReset> counterEvents = new ArrayList<>();
        for (TagSeries tag : series.values()) {
            TagStatistics s = tag.period();
            boolean counter = run.tags().get(tag.tag()).tagKind() == TagKind.COUNTER;
            coverage.add(new TagCoverage(tag.tag(), s.coverage() * 100.0, s.count(), Duration.ofMillis(s.gapMillis()),
                    Duration.ofMillis(s.badMillis()), run.tags().get(tag.tag()).interpolationMode().name()
                            .toLowerCase(Locale.ROOT), counter ? (int) (s.rollovers() + s.resets()) : 0));
            if (counter) {
                counterEvents.addAll(KindStatistics.events(tag.tag(), s.counterEvents(), zone));
            }
            for (Stretch stretch : s.stretches()) {
                if (stretch.kind() == Stretch.Kind.GAP) {
                    gaps.add(new DataGap(tag.tag(), Instant.ofEpochMilli(stretch.start()).atZone(zone).toOffsetDateTime(),
                            Instant.ofEpochMilli(stretch.end()).atZone(zone).toOffsetDateTime()));
                }
            }
            if (s.coverage() < threshold) {
                incomplete = true;
                notes.add(String.format(Locale.ROOT, "%s: data for %.1f %% of the period (below %.0f %%)", tag.tag(),
                        s.coverage() * 100.0, threshold * 100.0));
            }
        }
        counterEvents.sort(Comparator.comparing(CounterReset::at).thenComparing(CounterReset::tag));
        return new DataQuality(coverage, gaps, counterEvents, false, incomplete, notes);
    }
}
