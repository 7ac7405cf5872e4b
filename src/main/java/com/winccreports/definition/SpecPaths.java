package com.winccreports.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the shift engine's field paths ({@code shifts.pattern[1].start}, {@code tags["L1.Temp"].kind}) into path elements. */
final class SpecPaths {

    private static final Pattern ELEMENT = Pattern.compile("\\[\"([^\"]*)\"]|\\[(\\d+)]|\\.?([^.\\[]+)");

    private SpecPaths() {
    }

    static List<Object> parse(String path) {
        List<Object> elements = new ArrayList<>();
        Matcher matcher = ELEMENT.matcher(path);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                elements.add(matcher.group(1));
            } else if (matcher.group(2) != null) {
                elements.add(Integer.parseInt(matcher.group(2)));
            } else {
                elements.add(matcher.group(3));
            }
        }
        return elements;
    }
}
