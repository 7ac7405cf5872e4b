package com.winccreports.definition;

import com.winccreports.period.PeriodCalendar;
import com.winccreports.period.ShiftCalendarPeriods;
import com.winccreports.shift.calendar.ShiftCalendar;
import com.winccreports.shift.calendar.SpecException;
import com.winccreports.shift.calendar.SpecProblem;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A site, from {@code jobs/sites/<site>.yaml}: its time zone, lines, shift calendar and the profile of
 * each tag (archive, cycle, unit, limits) as the YAML gives it. {@link #calendar()} turns the checked
 * {@code shifts:} section into the site's {@link ShiftCalendar}. Tag keys may contain {@code {line}};
 * {@link #tagsFor} expands them and hands out the checked tags as {@link ArchivedTag}s.
 */
public record SiteDefinition(String name, String description, ZoneId zone, List<String> lines, ShiftsRecord shifts,
        Map<String, TagRecord> tags) {

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
        if (shifts == null) {
            throw new SpecException(List.of(SpecProblem.error("shifts", "the shifts section is missing")));
        }
        return ShiftCalendar.of(shifts.toSpec(), zone);
    }

    /** The names of the site's shifts in the file's order; none without a {@code shifts:} section. */
    public List<String> shiftNames() {
        return shifts == null ? List.of() : shifts.pattern().stream().map(ShiftRecord::name).toList();
    }

    /** The site's periods (shifts, production days, weeks, months) over its shift calendar. */
    public ShiftCalendarPeriods periods() {
        return new ShiftCalendarPeriods(calendar());
    }

    /** The tag names with {@code {line}} expanded for each of {@code forLines}, in the file's order. */
    public Set<String> tagNamesFor(List<String> forLines) {
        Set<String> names = new LinkedHashSet<>();
        tags.keySet().forEach(key -> names.addAll(expand(key, forLines)));
        return names;
    }

    /**
     * Every tag with {@code {line}} expanded for each of {@code forLines}, keyed by tag name; the definitions
     * checked each entry when they were loaded.
     */
    public Map<String, ArchivedTag> tagsFor(List<String> forLines) {
        Map<String, ArchivedTag> expanded = new LinkedHashMap<>();
        tags.forEach((key, entry) -> {
            ArchivedTag tag = entry.toTag();
            expand(key, forLines).forEach(name -> expanded.put(name, tag));
        });
        return expanded;
    }

    private static List<String> expand(String key, List<String> forLines) {
        return key.contains(TagSelection.LINE_PLACEHOLDER)
                ? forLines.stream().map(line -> key.replace(TagSelection.LINE_PLACEHOLDER, line)).toList()
                : List.of(key);
    }
}
