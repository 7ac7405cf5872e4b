package com.winccreports.wincc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user-archive filter built from typed values (docs/wincc-rest.md §4: {@code <field> <op> <literal>} joined by
 * {@code AND}): field names are checked, literals quoted by this class, never pasted from user text.
 * Rendered as the REST {@code filter} parameter or as a parameterised SQL condition.
 */
public final class RecordFilter {

    /** Comparison operators of the filter grammar. */
    public enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** One {@code field op value} condition. */
    public record Condition(String field, Op op, Object value) {
    }

    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final RecordFilter NONE = new RecordFilter(List.of());

    private final List<Condition> conditions;

    private RecordFilter(List<Condition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    /** The filter that keeps every record. */
    public static RecordFilter none() {
        return NONE;
    }

    /** This filter and {@code field op value}; value is a String, Number, Boolean or Instant. */
    public RecordFilter and(String field, Op op, Object value) {
        Objects.requireNonNull(op, "op");
        if (field == null || !FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("not a user-archive field name: '" + field + "'");
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Instant)) {
            throw new IllegalArgumentException("filter value of " + field + " must be a String, Number, Boolean or "
                    + "Instant, got " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        List<Condition> more = new ArrayList<>(conditions);
        more.add(new Condition(field, op, value));
        return new RecordFilter(more);
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The REST {@code filter} text, e.g. {@code Line = 'L1' AND GoodQty >= 100}. */
    public String toRestFilter() {
        List<String> parts = new ArrayList<>();
        for (Condition c : conditions) {
            parts.add(c.field() + " " + c.op().symbol() + " " + literal(c.value()));
        }
        return String.join(" AND ", parts);
    }

    /** The SQL condition with {@code ?} placeholders (fields double-quoted), {@code 1=1} if empty. */
    public String toSqlCondition() {
        if (conditions.isEmpty()) {
            return "1=1";
        }
        List<String> parts = new ArrayList<>();
        for (Condition c : conditions) {
            parts.add("\"" + c.field() + "\" " + c.op().symbol() + " ?");
        }
        return String.join(" AND ", parts);
    }

    /** The JDBC parameters matching {@link #toSqlCondition()}. */
    public List<Object> sqlParameters() {
        List<Object> values = new ArrayList<>();
        for (Condition c : conditions) {
            values.add(c.value() instanceof Instant instant ? Timestamp.from(instant) : c.value());
        }
        return values;
    }

    private static String literal(Object value) {
        if (value instanceof Instant instant) {
            return "'" + IsoTimestamps.format(instant.toEpochMilli()) + "'";
        }
        if (value instanceof String text) {
            return "'" + text.replace("'", "''") + "'";
        }
        return value.toString();
    }

    @Override
    public String toString() {
        return isEmpty() ? "(all records)" : toRestFilter();
    }
}
