package com.winccreports.report;

/** How the cells of a {@link TableColumn} are typed; decides the Java type a {@link RowSink} receives. */
public enum ColumnType {
    /** {@link java.time.Instant}; rendered as local time in the site zone plus a UTC-offset column. */
    TIMESTAMP,
    /** {@code double} (boxed as {@link Number}); NaN renders empty. */
    NUMBER,
    /** {@code double} 0–100, rendered as a percentage. */
    PERCENT,
    /** {@code long} (boxed as {@link Number}). */
    INTEGER,
    /** {@link String}. */
    TEXT
}
