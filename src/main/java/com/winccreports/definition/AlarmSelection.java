package com.winccreports.definition;

import java.util.List;

/**
 * Which alarms feed the alarm statistics: the WinCC REST filter ({@code restFilter}, configured in WinCC),
 * the archive ({@code LongTermArchive} by default), the alarm classes kept (empty: all), and how many
 * of the most frequent and longest alarms the report lists.
 */
public record AlarmSelection(String restFilter, String archive, List<String> classes, Integer top) {

    public AlarmSelection {
        archive = archive == null ? "LongTermArchive" : archive;
        classes = classes == null ? List.of() : List.copyOf(classes);
        top = top == null ? 10 : top;
    }
}
