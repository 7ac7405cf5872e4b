package com.winccreports.definition;

import java.util.List;

/**
 * Which alarms feed the alarm statistics: the WinCC REST filter of a line ({@code restFilter}, configured in
 * WinCC; {@code {line}} stands for the line, so {@code "{line}Alarms"} reads {@code L1Alarms} for line L1), the
 * archive ({@code LongTermArchive} by default), the alarm classes kept (empty: all), how many of the most frequent
 * and longest alarms the report lists, and optionally a filter whose alarms every report shows as a site-wide
 * summary beside the line's own ({@code siteFilter}).
 */
public record AlarmSelection(String restFilter, String archive, List<String> classes, Integer top, String siteFilter) {

    public static final String LINE_PLACEHOLDER = TagSelection.LINE_PLACEHOLDER;

    public AlarmSelection {
        archive = archive == null ? "LongTermArchive" : archive;
        classes = classes == null ? List.of() : List.copyOf(classes);
        top = top == null ? 10 : top;
    }

    public AlarmSelection(String restFilter, String archive, List<String> classes, Integer top) {
        this(restFilter, archive, classes, top, null);
    }

    /** The same selection reading {@code filter} instead (a per-line filter resolved for one line). */
    public AlarmSelection withFilter(String filter) {
        return new AlarmSelection(filter, archive, classes, top, siteFilter);
    }

    /**
     * The REST filters holding the alarms of {@code lines}: one per line when the filter names {@code {line}}, else
     * the filter as written (also when no line is given).
     */
    public List<String> filtersFor(List<String> lines) {
        return perLine() && !lines.isEmpty() ? lines.stream().map(this::filterFor).toList() : List.of(restFilter);
    }

    /** The REST filter holding the alarms of {@code line}. */
    public String filterFor(String line) {
        return restFilter.replace(LINE_PLACEHOLDER, line);
    }

    /** True when the filter names the line, so each line reads its own alarms. */
    public boolean perLine() {
        return restFilter.contains(LINE_PLACEHOLDER);
    }
}
