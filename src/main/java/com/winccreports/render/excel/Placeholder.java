package com.winccreports.render.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ${...}} marker in a template cell or sheet name. Three kinds:
 * <ul>
 *   <li>{@code ${name}} — a scalar such as {@code ${line}}, {@code ${kpi.oee}}, {@code ${label.cover.site}};</li>
 *   <li>{@code ${table:<table>.<column>}} — a column of a table region: its row repeats once per item;</li>
 *   <li>{@code ${chart:<name>}} — where the renderer anchors a native chart ({@code trends}, {@code shift-trend}).</li>
 * </ul>
 */
record Placeholder(Kind kind, String name, String table, String column) {

    enum Kind { SCALAR, TABLE, CHART }

    private static final Pattern MARKER = Pattern.compile("\\$\\{([^}]*)}");

    static List<Placeholder> findAll(String text) {
        List<Placeholder> found = new ArrayList<>();
        if (text == null || !text.contains("${")) {
            return found;
        }
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            found.add(parse(matcher.group(1).trim()));
        }
        return found;
    }

    /** The placeholder if {@code text} is exactly one marker (then the cell gets a typed value). */
    static Placeholder whole(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = MARKER.matcher(text.trim());
        return matcher.matches() ? parse(matcher.group(1).trim()) : null;
    }

    static Pattern pattern() {
        return MARKER;
    }

    static Placeholder parse(String body) {
        if (body.startsWith("table:")) {
            String rest = body.substring("table:".length());
            int dot = rest.indexOf('.');
            return dot < 0 ? new Placeholder(Kind.TABLE, rest, rest, "")
                    : new Placeholder(Kind.TABLE, rest, rest.substring(0, dot), rest.substring(dot + 1));
        }
        if (body.startsWith("chart:")) {
            return new Placeholder(Kind.CHART, body.substring("chart:".length()), "", "");
        }
        return new Placeholder(Kind.SCALAR, body, "", "");
    }

    String marker() {
        return "${" + (kind == Kind.TABLE ? "table:" : kind == Kind.CHART ? "chart:" : "") + name + "}";
    }
}
