package com.winccreports.definition;

import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.kpi.ElementSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where one KPI element comes from, as a job file gives it. Exactly one of {@code tag}, {@code userArchive},
 * {@code value} or {@code calendar} is given (the {@code kpis:} check says so otherwise); {@link #toSource()}
 * turns a checked one into the shift engine's {@link ElementSource}:
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
public record ElementRecord(String tag, String aggregate, Integer state, List<Integer> states,
                            String userArchive, String field, Double value, String unit,
                            String calendar, Double scale) {

    public ElementRecord {
        states = states == null ? List.of() : List.copyOf(states);
    }

    /** {@code state} and {@code states} together. */
    public List<Integer> stateCodes() {
        return state == null ? states : Stream.concat(Stream.of(state), states.stream()).distinct().toList();
    }

    /** The same source with {@code tag} replaced. */
    ElementRecord withTag(String replaced) {
        return new ElementRecord(replaced, aggregate, state, states, userArchive, field, value, unit, calendar, scale);
    }

    /** The source the shift engine reads; call on a record the {@code kpis:} check found no error in. */
    public ElementSource toSource() {
        double k = scale == null ? 1.0 : scale;
        if (tag != null) {
            return new ElementSource.TagAggregate(tag, Aggregate.byId(aggregate).orElseThrow(), stateCodes(), k);
        }
        if (userArchive != null) {
            return new ElementSource.UserArchiveField(userArchive, field, k);
        }
        if (value != null) {
            return new ElementSource.Constant(value, Optional.ofNullable(unit), k);
        }
        return new ElementSource.CalendarTime(ElementSource.CalendarQuantity.byId(calendar).orElseThrow(), k);
    }
}
