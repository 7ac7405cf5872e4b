package com.winccreports.shift.kpi;

import java.util.List;

/**
 * Where one KPI element comes from. Exactly one of {@code tag}, {@code userArchive},
 * {@code value} or {@code calendar} is given:
 * <pre>
 * { tag: L1.GoodCount, aggregate: counterTotal }
 * { tag: L1.MachineState, aggregate: timeInState, state: 1 }
 * { tag: L1.MachineState, aggregate: stateEntries, states: [4] }
 * { userArchive: BatchRecords, field: ReworkQty }      # summed over batches, allocated to the shift
 * { userArchive: Recipes, field: IdealCycleTimeS }     # per batch's recipe, weighted by quantity
 * { value: 0.5, unit: s }                               # a constant
 * { calendar: plannedBusyTime }                         # plannedBusyTime | shiftDuration | plannedBreakTime
 * </pre>
 *
 * @param scale factor applied to the value (e.g. 60 to turn minutes into seconds); default 1
 */
public record ElementSource(String tag, String aggregate, Integer state, List<Integer> states,
                            String userArchive, String field, Double value, String unit,
                            String calendar, Double scale) {

    public ElementSource {
        states = states == null ? List.of() : List.copyOf(states);
    }

    public static ElementSource tag(String tag, String aggregate) {
        return new ElementSource(tag, aggregate, null, null, null, null, null, null, null, null);
    }

    public static ElementSource tagState(String tag, String aggregate, int state) {
        return new ElementSource(tag, aggregate, state, null, null, null, null, null, null, null);
    }

    public static ElementSource userArchive(String archive, String field) {
        return new ElementSource(null, null, null, null, archive, field, null, null, null, null);
    }

    public static ElementSource constant(double value, String unit) {
        return new ElementSource(null, null, null, null, null, null, value, unit, null, null);
    }

    public static ElementSource calendar(String what) {
        return new ElementSource(null, null, null, null, null, null, null, null, what, null);
    }

    /** {@code state} and {@code states} together. */
    public List<Integer> stateCodes() {
        if (state == null) {
            return states;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(state), states.stream()).distinct().toList();
    }

    public double scaleFactor() {
        return scale == null ? 1.0 : scale;
    }
}
