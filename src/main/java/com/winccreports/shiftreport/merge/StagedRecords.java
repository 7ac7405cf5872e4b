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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StagedRecords.class);

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
                quantity(mapping, record, "planned"), quantity(mapping, record, "good"),
                quantity(mapping, record, "scrap"), quantity(mapping, record, "rework"), numbers);
    }

    /** A quantity column; a value that is there but not a number is said (record and field), then left empty. */
    private static double quantity(UserArchiveSelection mapping, Map<String, Object> record, String column) {
        Object value = record.get(mapping.field(column));
        Double number = number(value);
        if (number == null && value != null && !value.toString().isBlank()) {
            LOG.warn("batch record {} of user archive {}: field {} ({}) is '{}', not a number; left empty",
                    text(record.get(mapping.field("batchId"))), mapping.name(), mapping.field(column), column, value);
        }
        return number == null ? Double.NaN : number;
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

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
