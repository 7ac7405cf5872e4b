package com.winccreports.shiftreport.merge;

import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.shift.kpi.BatchRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch records as read from the user archive (field name → value), seen through the job's field mapping:
 * as the one {@link BatchRecord} the KPIs and the report share.
 */
public record StagedRecords(List<Map<String, Object>> batches, Map<String, Map<String, Double>> recipes,
        boolean complete) {

    public StagedRecords {
        batches = List.copyOf(batches);
        recipes = Map.copyOf(recipes);
    }

    /** The batches of {@code line} that overlap {@code [from, to)}. */
    List<Map<String, Object>> of(UserArchiveSelection mapping, String line, Instant from, Instant to) {
        return batches.stream()
                .filter(r -> line.equals(String.valueOf(r.get(mapping.field("line")))))
                .filter(r -> {
                    Instant start = instant(r.get(mapping.field("start")));
                    Instant end = instant(r.get(mapping.field("end")));
                    return start != null && start.isBefore(to) && (end == null || end.isAfter(from));
                }).toList();
    }

    /** The record as the job's field mapping reads it: named fields for the report, every number for KPIs. */
    static BatchRecord engineRecord(UserArchiveSelection mapping, Map<String, Object> record) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        record.forEach((field, value) -> {
            Double number = number(value);
            if (number != null) {
                numbers.put(field, number);
            }
        });
        return new BatchRecord(text(record.get(mapping.field("batchId"))), text(record.get(mapping.field("product"))),
                text(record.get(mapping.field("recipe"))), instant(record.get(mapping.field("start"))),
                instant(record.get(mapping.field("end"))), text(record.get(mapping.field("operator"))),
                orNaN(record.get(mapping.field("planned"))), orNaN(record.get(mapping.field("good"))),
                orNaN(record.get(mapping.field("scrap"))), orNaN(record.get(mapping.field("rework"))), numbers);
    }

    static Instant instant(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        String text = value.toString();
        return text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(text).toInstant()
                : Instant.parse(text + "Z");
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static double orNaN(Object value) {
        Double number = number(value);
        return number == null ? Double.NaN : number;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
