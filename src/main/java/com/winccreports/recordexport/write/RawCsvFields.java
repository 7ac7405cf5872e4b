package com.winccreports.recordexport.write;

import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.recordexport.rows.TagCursor;
import java.util.List;

/**
 * The fields of the raw CSV that repeat from row to row, formatted once: both times of an instant (the tags of a
 * section share their timestamps, so consecutive rows mostly do too) and each tag's name and unit, quoted as
 * RFC 4180 requires.
 */
final class RawCsvFields {

    private final ValueText text;
    private final String[] names;
    private final String[] units;
    private final StringBuilder times = new StringBuilder(64);
    private long timesOf = Long.MIN_VALUE;

    RawCsvFields(List<TagCursor> cursors, ValueText text) {
        this.text = text;
        int size = cursors.stream().mapToInt(c -> c.tag().index()).max().orElse(-1) + 1;
        this.names = new String[size];
        this.units = new String[size];
        for (TagCursor cursor : cursors) {
            ExportTag tag = cursor.tag();
            names[tag.index()] = CsvWriter.quoted(tag.name());
            units[tag.index()] = CsvWriter.quoted(tag.unit());
        }
    }

    /** {@code time_utc,time_local} of {@code millis}. */
    CharSequence times(long millis) {
        if (millis != timesOf) {
            times.setLength(0);
            text.utc(times, millis);
            times.append(',');
            text.local(times, millis);
            timesOf = millis;
        }
        return times;
    }

    String name(ExportTag tag) {
        return names[tag.index()];
    }

    String unit(ExportTag tag) {
        return units[tag.index()];
    }
}
