package com.winccreports.simulator.http;

import java.util.Comparator;
import java.util.Map;

/** {@code orderBy=Field [ASC|DESC][, Field [ASC|DESC]]...}; default and tie-break: {@code ID}; nulls first. */
final class RecordOrder {

    private RecordOrder() {
    }

    static Comparator<Map<String, Object>> parse(String text, UserArchiveSchema schema) {
        Comparator<Map<String, Object>> order = null;
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                String[] words = part.trim().split("\\s+");
                if (words.length > 2 || words.length == 2 && !words[1].matches("(?i)ASC|DESC")) {
                    throw ApiException.badParameter("orderBy", "expects 'Field [ASC|DESC]', got '" + part.trim() + "'");
                }
                String name = schema.field(words[0]).orElseThrow(() -> ApiException.badParameter("orderBy",
                        "names unknown field '" + words[0] + "'")).name();
                Comparator<Map<String, Object>> c = Comparator.comparing(row -> comparable(row.get(name)),
                        Comparator.nullsFirst(Comparator.naturalOrder()));
                if (words.length == 2 && words[1].equalsIgnoreCase("DESC")) {
                    c = c.reversed();
                }
                order = order == null ? c : order.thenComparing(c);
            }
        }
        Comparator<Map<String, Object>> byId = Comparator.comparing(row -> (Long) row.get("ID"));
        return order == null ? byId : order.thenComparing(byId);
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        return (Comparable<Object>) value;
    }
}
