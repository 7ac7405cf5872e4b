package com.winccreports.simulator.http;

import com.winccreports.simulator.plant.ArchiveSeries;
import com.winccreports.simulator.plant.RecordSink;

/** Writes archive records as the {@code values} array of an answer item, straight into a {@link JsonBuffer}. */
final class ValueWriter implements RecordSink {

    private final JsonBuffer out;
    private boolean first = true;

    ValueWriter(JsonBuffer out) {
        this.out = out;
    }

    void open() {
        out.raw("\"values\":[");
        first = true;
    }

    void close() {
        out.raw(']');
    }

    @Override
    public void record(long timestampMillis, double value, int quality) {
        if (!first) {
            out.raw(',');
        }
        first = false;
        out.raw("{\"timestamp\":").timestamp(timestampMillis).raw(",\"value\":").decimal(value)
                .raw(",\"qualityCode\":").number(quality).raw(",\"flags\":0}");
    }

    void all(ArchiveSeries series) {
        for (int i = 0; i < series.size(); i++) {
            record(series.timestamps()[i], series.values()[i], series.qualities()[i]);
        }
    }
}
