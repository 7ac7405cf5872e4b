package com.winccreports.shiftreport.merge;

import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.shift.kpi.BatchRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch records as read from the user archive (field name → value), seen through the job's field mapping:
 * as the engine's {@link BatchRecord} for KPIs, and as the report's batch row.
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

    static BatchRecord engineRecord(UserArchiveSelection mapping, Map<String, Object> record) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        record.forEach((field, value) -> {
            Double number = number(value);
            if (number != null) {
                numbers.put(field, number);
            }
        });
        return new BatchRecord(text(record.get(mapping.field("batchId"))), text(record.get(mapping.field("recipe"))),
                instant(record.get(mapping.field("start"))), instant(record.get(mapping.field("end"))), numbers);
    }

    static com.winccreports.report.BatchRecord reportRecord(UserArchiveSelection mapping, Map<String, Object> record,
            ZoneId zone, List<com.winccreports.report.BatchShare> shares) {
        return new com.winccreports.report.BatchRecord(text(record.get(mapping.field("batchId"))),
                text(record.get(mapping.field("product"))), text(record.get(mapping.field("recipe"))),
                offset(record.get(mapping.field("start")), zone), offset(record.get(mapping.field("end")), zone),
                quantity(mapping, record, "planned"), quantity(mapping, record, "good"),
                quantity(mapping, record, "scrap"), quantity(mapping, record, "rework"),
                text(record.get(mapping.field("operator"))), shares);
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

    private static OffsetDateTime offset(Object value, ZoneId zone) {
        Instant instant = instant(value);
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
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
