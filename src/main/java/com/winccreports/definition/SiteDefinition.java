package com.winccreports.definition;

import com.winccreports.period.PeriodCalendar;
import com.winccreports.period.ShiftCalendarPeriods;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.calendar.ShiftCalendar;
import com.winccreports.shift.calendar.ShiftCalendarSpec;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A site, from {@code jobs/sites/<site>.yaml}: its time zone, lines, shift calendar and the profile of
 * each tag (archive, cycle, unit, limits). Tag keys may contain {@code {line}}; {@link #tagsFor} expands them.
 */
public record SiteDefinition(String name, String description, ZoneId zone, List<String> lines, ShiftCalendarSpec shifts,
        Map<String, TagProfile> tags) {

    public SiteDefinition {
        Objects.requireNonNull(zone, "zone");
        lines = lines == null ? List.of() : List.copyOf(lines);
        tags = tags == null ? Map.of() : new LinkedHashMap<>(tags);
    }

    public SiteDefinition withName(String fileName) {
        return new SiteDefinition(fileName, description, zone, lines, shifts, tags);
    }

    /** The site's shift calendar (validated). */
    public ShiftCalendar calendar() {
        return ShiftCalendar.of(shifts, zone);
    }

    /** The site's periods (shifts, production days, weeks, months) over its shift calendar. */
    public ShiftCalendarPeriods periods() {
        return new ShiftCalendarPeriods(calendar());
    }

    /** Every tag profile with {@code {line}} expanded for each of {@code forLines}, keyed by tag name. */
    public Map<String, TagProfile> tagsFor(List<String> forLines) {
        Map<String, TagProfile> expanded = new LinkedHashMap<>();
        tags.forEach((key, profile) -> {
            if (key.contains(TagSelection.LINE_PLACEHOLDER)) {
                forLines.forEach(line -> expanded.put(key.replace(TagSelection.LINE_PLACEHOLDER, line), profile));
            } else {
                expanded.put(key, profile);
            }
        });
        return expanded;
    }
}
