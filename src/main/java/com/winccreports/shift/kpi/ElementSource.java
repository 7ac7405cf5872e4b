package com.winccreports.shift.kpi;

import com.winccreports.shift.aggregate.Aggregate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one KPI element comes from: a tag aggregate, a user-archive field, a constant or a calendar time, each
 * with a factor applied to the value ({@code scale}, e.g. 60 to turn minutes into seconds; 1 when none is given).
 */
public sealed interface ElementSource {

    /** Factor applied to the value. */
    double scale();

    /** An aggregate of a tag, e.g. the time a state tag spent in state 1. */
    record TagAggregate(String tag, Aggregate aggregate, List<Integer> stateCodes, double scale)
            implements ElementSource {
        public TagAggregate {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(aggregate, "aggregate");
            stateCodes = List.copyOf(stateCodes);
        }
    }

    /** A field of a user archive: summed over the batches, or of the batches' recipe when it is the recipe archive. */
    record UserArchiveField(String archive, String field, double scale) implements ElementSource {
        public UserArchiveField {
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(field, "field");
        }
    }

    /** A constant, with the unit it is given in. */
    record Constant(double value, Optional<String> unit, double scale) implements ElementSource {
        public Constant {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A time from the window's plan. */
    record CalendarTime(CalendarQuantity quantity, double scale) implements ElementSource {
        public CalendarTime {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** The times a window's plan gives. */
    enum CalendarQuantity {
        /** The shift without its planned breaks. */
        PLANNED_BUSY_TIME("plannedBusyTime"),
        /** The whole shift, breaks included. */
        SHIFT_DURATION("shiftDuration"),
        /** The planned breaks. */
        PLANNED_BREAK_TIME("plannedBreakTime");

        private final String id;

        CalendarQuantity(String id) {
            this.id = id;
        }

        /** The name in job files. */
        public String id() {
            return id;
        }

        /** The quantity named {@code id} exactly as in job files. */
        public static Optional<CalendarQuantity> byId(String id) {
            return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
        }
    }

    static TagAggregate tag(String tag, Aggregate aggregate) {
        return new TagAggregate(tag, aggregate, List.of(), 1.0);
    }

    static TagAggregate tagState(String tag, Aggregate aggregate, int state) {
        return new TagAggregate(tag, aggregate, List.of(state), 1.0);
    }

    static UserArchiveField userArchive(String archive, String field) {
        return new UserArchiveField(archive, field, 1.0);
    }

    static Constant constant(double value, String unit) {
        return new Constant(value, Optional.ofNullable(unit), 1.0);
    }

    static CalendarTime calendar(CalendarQuantity quantity) {
        return new CalendarTime(quantity, 1.0);
    }
}
