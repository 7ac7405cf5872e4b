package com.winccreports.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The user-archive filter of docs/wincc-rest.md §4: {@code <field> <op> <literal>} joined by {@code AND}; ops
 * {@code = <> < <= > >=}; strings and times in single quotes ({@code ''} escapes a quote). A row whose
 * field is null matches no condition (as in SQL). Errors are 400s naming {@code filter}.
 */
final class RecordFilter {

    private record Condition(String field, String op, Comparable<Object> literal) {
        boolean test(Map<String, Object> row) {
            Object value = row.get(field);
            if (value == null) {
                return false;
            }
            @SuppressWarnings("unchecked")
            int c = ((Comparable<Object>) value).compareTo(literal);
            return switch (op) {
                case "=" -> c == 0;
                case "<>", "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
    }

    private RecordFilter() {
    }

    static Predicate<Map<String, Object>> parse(String text, UserArchiveSchema schema) {
        if (text == null || text.isBlank()) {
            return row -> true;
        }
        List<Condition> conditions = new ArrayList<>();
        FilterTokens tokens = new FilterTokens(text);
        while (true) {
            String name = tokens.identifier();
            UserArchiveSchema.Field field = schema.field(name)
                    .orElseThrow(() -> ApiException.badParameter("filter", "names unknown field '" + name + "'"));
            String op = tokens.operator();
            conditions.add(new Condition(field.name(), op, literal(field, tokens)));
            if (tokens.atEnd()) {
                break;
            }
            tokens.keyword("AND");
        }
        return row -> conditions.stream().allMatch(c -> c.test(row));
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> literal(UserArchiveSchema.Field field, FilterTokens tokens) {
        if (field.isString()) {
            return (Comparable<Object>) (Comparable<?>) tokens.quoted();
        }
        if (field.isTime()) {
            String raw = tokens.quoted();
            Long millis = TimeParameter.millis("filter", raw);
            return (Comparable<Object>) (Comparable<?>) millis;
        }
        String number = tokens.number();
        try {
            return field.isInteger() ? (Comparable<Object>) (Comparable<?>) Long.valueOf(number)
                    : (Comparable<Object>) (Comparable<?>) Double.valueOf(number);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("filter", "needs a number for field '" + field.name() + "', got '" + number + "'");
        }
    }
}
