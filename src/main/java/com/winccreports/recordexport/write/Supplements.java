package com.winccreports.recordexport.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user-archive records and alarms of a section, as staged (JSON), turned into table rows for the CSV files,
 * the workbook's sheets and the summary: records with the archive's fields as columns, alarms with their time in
 * UTC and in the site's zone.
 */
public final class Supplements {

    /** Columns of the alarms file. */
    public static final List<String> ALARM_HEADER = List.of("time_utc", "time_local", "msgNo", "state", "className",
            "priority", "text1", "pValue1", "computerName", "userName");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private Supplements() {
    }

    /** A table: header and rows. */
    public record Table(List<String> header, List<List<Object>> rows) {
    }

    public static Table records(List<String> staged) {
        List<Map<String, Object>> records = staged.stream().map(json -> (Map<String, Object>) JSON.readValue(json, MAP))
                .toList();
        List<String> header = new ArrayList<>();
        records.forEach(r -> r.keySet().stream().filter(k -> !header.contains(k)).forEach(header::add));
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> record : records) {
            List<Object> row = new ArrayList<>();
            header.forEach(field -> row.add(record.get(field)));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** The alarms (the first staged item says what was asked and whether the answer was cut). */
    public static Table alarms(List<String> staged, ValueText text) {
        List<List<Object>> rows = new ArrayList<>();
        for (String json : staged.subList(Math.min(1, staged.size()), staged.size())) {
            Map<String, Object> alarm = JSON.readValue(json, MAP);
            long millis = java.time.Instant.parse(alarm.get("timestamp").toString()).toEpochMilli();
            List<Object> row = new ArrayList<>(List.of(text.utc(millis), text.local(millis)));
            ALARM_HEADER.subList(2, ALARM_HEADER.size()).forEach(field -> row.add(field.equals("pValue1")
                    ? processValue(alarm.get(field)) : alarm.get(field)));
            rows.add(row);
        }
        return new Table(ALARM_HEADER, rows);
    }

    /**
     * An alarm's process value, which WinCC sends as text: a number when it reads as one (a real numeric cell in the
     * workbook, not a number stored as text), else the text as sent.
     */
    static Object processValue(Object value) {
        return value instanceof String text && NUMBER.matcher(text.strip()).matches() ? Double.valueOf(text.strip())
                : value;
    }

    /** How many alarms the server answered (when cut: the limit asked for). */
    public static long alarmsReceived(List<String> staged) {
        return staged.isEmpty() ? 0 : ((Number) JSON.readValue(staged.get(0), MAP).get("received")).longValue();
    }

    /** Whether the alarm answer hit the server's cap (the period may hold more alarms). */
    public static boolean alarmsTruncated(List<String> staged) {
        return !staged.isEmpty() && Boolean.TRUE.equals(JSON.readValue(staged.get(0), MAP).get("truncated"));
    }

    /** Writes a table to a CSV file: numbers locale-independent, everything else as text. */
    public static void csv(CsvWriter csv, Table table) {
        csv.record(table.header());
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                if (value instanceof Number n) {
                    ValueText.number(csv.raw(), n.doubleValue());
                } else {
                    csv.field(value == null ? "" : value.toString());
                }
            }
            csv.end();
        }
    }
}
