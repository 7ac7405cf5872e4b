package com.winccreports.wincc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One user-archive record (a batch, a recipe) as field → value in the archive's column order.
 * Values are Long, Double, String, Boolean or Instant; accessors convert and match names ignoring case.
 */
public record UserArchiveRecord(Map<String, Object> fields) {

    public UserArchiveRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The raw value of a field (case-insensitive name), or null. */
    public Object get(String field) {
        Object value = fields.get(field);
        if (value != null || fields.containsKey(field)) {
            return value;
        }
        for (Map.Entry<String, Object> entry : fields.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(field)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The record's {@code ID}. */
    public long id() {
        Long id = getLong("ID");
        if (id == null) {
            throw new IllegalStateException("user-archive record without ID: " + fields);
        }
        return id;
    }

    public String getString(String field) {
        Object value = get(field);
        return value == null ? null : value instanceof Instant i ? i.toString() : value.toString();
    }

    public Long getLong(String field) {
        Object value = get(field);
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(value.toString().trim());
    }

    public Double getDouble(String field) {
        Object value = get(field);
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? Double.valueOf(n.doubleValue()) : Double.valueOf(value.toString().trim());
    }

    public Instant getInstant(String field) {
        Object value = get(field);
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.ofEpochMilli(IsoTimestamps.parseMillis(value.toString().trim()));
    }
}
