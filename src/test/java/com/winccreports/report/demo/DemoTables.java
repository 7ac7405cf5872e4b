package com.winccreports.report.demo;

import com.winccreports.report.ColumnType;
import com.winccreports.report.DataTable;
import com.winccreports.report.RowSink;
import com.winccreports.report.TableColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Streamed tables of the demo line, computed row by row so that even millions of rows take no memory. */
final class DemoTables {

    private final DemoSignals signals;
    private final DemoStatistics statistics;
    private final Messages messages;
    private final String line;

    DemoTables(DemoSignals signals, DemoStatistics statistics, Messages messages, String line) {
        this.signals = signals;
        this.statistics = statistics;
        this.messages = messages;
        this.line = line;
    }

    /** One row per minute of {@code [from, to)}: time and the minute average of every tag. */
    DataTable perMinute(Instant from, Instant to) {
        return new DataTable("per-minute", messages.get("table.perMinute"), columns(), sink -> {
            Object[] row = new Object[DemoSignals.TAGS.length + 1];
            for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
                row[0] = t;
                for (int tag = 0; tag < DemoSignals.TAGS.length; tag++) {
                    row[tag + 1] = statistics.minuteAverage(tag, t);
                }
                sink.row(row);
            }
        });
    }

    /** {@code rows} one-second rows from {@code from} on (continuing past the period if asked for more). */
    DataTable raw(Instant from, long rows) {
        return new DataTable("raw", messages.get("table.raw"), columns(), sink -> streamRaw(from, rows, sink));
    }

    private void streamRaw(Instant from, long rows, RowSink sink) {
        Object[] row = new Object[DemoSignals.TAGS.length + 1];
        long start = from.getEpochSecond();
        for (long i = 0; i < rows; i++) {
            Instant t = Instant.ofEpochSecond(start + i);
            row[0] = t;
            for (int tag = 0; tag < DemoSignals.TAGS.length; tag++) {
                double v = signals.value(tag, t);
                row[tag + 1] = Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0;
            }
            sink.row(row);
        }
    }

    private List<TableColumn> columns() {
        List<TableColumn> columns = new ArrayList<>();
        columns.add(new TableColumn("time", messages.get("column.time"), "", ColumnType.TIMESTAMP));
        for (int tag = 0; tag < DemoSignals.TAGS.length; tag++) {
            columns.add(new TableColumn(line + "." + DemoSignals.TAGS[tag], line + "." + DemoSignals.TAGS[tag],
                    DemoSignals.UNITS[tag], ColumnType.NUMBER));
        }
        return columns;
    }
}
