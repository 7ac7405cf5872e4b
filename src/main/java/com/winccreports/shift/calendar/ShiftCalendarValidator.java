package com.winccreports.shift.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a {@link ShiftCalendarSpec}: production day start, names, overlaps, gaps, breaks, rotation steps. */
final class ShiftCalendarValidator {

    private static final long DAY_MINUTES = 24 * 60;

    private ShiftCalendarValidator() {
    }

    static List<SpecProblem> validate(ShiftCalendarSpec spec, String root) {
        List<SpecProblem> problems = new ArrayList<>();
        Duration pds = spec.productionDayStart();
        if (pds.compareTo(Duration.ofHours(-12)) < 0 || pds.compareTo(Duration.ofHours(24)) >= 0) {
            problems.add(SpecProblem.error(root + ".productionDayStart",
                    "must lie between -PT12H and PT24H (exclusive), was " + pds));
        }
        if (spec.pattern().isEmpty()) {
            problems.add(SpecProblem.error(root + ".pattern", "at least one shift is required"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < spec.pattern().size(); i++) {
            checkShift(spec.pattern().get(i), root + ".pattern[" + i + "]", names, problems);
        }
        if (!spec.pattern().isEmpty()) {
            checkTiling(spec, root, problems);
        }
        spec.rotation().ifPresent(r -> checkRotation(r, root + ".rotation", names, problems));
        return problems;
    }

    private static void checkShift(ShiftDefinitionSpec s, String path, Set<String> names, List<SpecProblem> problems) {
        if (s.name().isBlank()) {
            problems.add(SpecProblem.error(path + ".name", "name is required"));
        } else if (!names.add(s.name())) {
            problems.add(SpecProblem.error(path + ".name", "duplicate shift name '" + s.name() + "'"));
        }
        if (s.start().getSecond() != 0 || s.start().getNano() != 0 || s.end().getSecond() != 0 || s.end().getNano() != 0) {
            problems.add(SpecProblem.error(path, "shift times are whole minutes (HH:mm)"));
        }
        checkBreaks(s, path, problems);
    }

    private static void checkBreaks(ShiftDefinitionSpec s, String path, List<SpecProblem> problems) {
        long len = lengthMinutes(s.start(), s.end());
        for (int b = 0; b < s.breaks().size(); b++) {
            BreakSpec br = s.breaks().get(b);
            String bp = path + ".breaks[" + b + "]";
            long from = lengthMinutes(s.start(), br.start()) % DAY_MINUTES;
            long to = from + lengthMinutes(br.start(), br.end());
            if (to > len || br.start().equals(br.end())) {
                problems.add(SpecProblem.error(bp, "break " + br.start() + "–" + br.end()
                        + " does not lie inside shift " + s.name() + " " + s.start() + "–" + s.end()));
            }
        }
    }

    private static void checkTiling(ShiftCalendarSpec spec, String root, List<SpecProblem> problems) {
        long dayStart = Math.floorMod(spec.productionDayStart().toMinutes(), DAY_MINUTES);
        Map<Integer, Long> offset = new java.util.HashMap<>();
        for (int i = 0; i < spec.pattern().size(); i++) {
            offset.put(i, Math.floorMod(minutes(spec.pattern().get(i).start()) - dayStart, DAY_MINUTES));
        }
        List<Integer> order = new ArrayList<>(offset.keySet());
        order.sort(Comparator.comparing(offset::get));
        long cursor = 0;
        String previous = "the production day start";
        for (int i : order) {
            ShiftDefinitionSpec s = spec.pattern().get(i);
            String path = root + ".pattern[" + i + "]";
            long from = offset.get(i);
            long to = from + lengthMinutes(s.start(), s.end());
            if (from < cursor) {
                problems.add(SpecProblem.error(path + ".start", "shift " + s.name() + " starts at " + s.start()
                        + " before " + previous + " ends (overlap of " + (cursor - from) + " min)"));
            } else if (from > cursor) {
                problems.add(SpecProblem.warning(path + ".start", "gap of " + (from - cursor)
                        + " min without a shift between " + previous + " and " + s.name()));
            }
            if (to > DAY_MINUTES) {
                problems.add(SpecProblem.error(path + ".end", "shift " + s.name() + " ends at " + s.end()
                        + ", after the production day ends (productionDayStart " + spec.productionDayStart() + ")"));
            }
            cursor = Math.max(cursor, to);
            previous = "shift " + s.name();
        }
        checkEndOfDay(cursor, previous, root, problems);
    }

    private static void checkEndOfDay(long cursor, String previous, String root, List<SpecProblem> problems) {
        if (cursor < DAY_MINUTES) {
            problems.add(SpecProblem.warning(root + ".pattern", "gap of " + (DAY_MINUTES - cursor)
                    + " min without a shift between " + previous + " and the end of the production day"));
        }
    }

    private static void checkRotation(RotationSpec r, String path, Set<String> names, List<SpecProblem> problems) {
        if (r.steps().isEmpty()) {
            problems.add(SpecProblem.error(path + ".steps", "at least one step is required"));
        }
        for (int i = 0; i < r.steps().size(); i++) {
            for (String shift : r.steps().get(i).keySet()) {
                if (!names.contains(shift)) {
                    problems.add(SpecProblem.error(path + ".steps[" + i + "]." + shift, "unknown shift '" + shift
                            + "'; known: " + names));
                }
            }
        }
    }

    static long minutes(LocalTime t) {
        return t.getHour() * 60L + t.getMinute();
    }

    /** Minutes from a to b on the wall clock; b <= a wraps over midnight (equal = 24 h). */
    static long lengthMinutes(LocalTime a, LocalTime b) {
        long d = Math.floorMod(minutes(b) - minutes(a), DAY_MINUTES);
        return d == 0 ? DAY_MINUTES : d;
    }
}
