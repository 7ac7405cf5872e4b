package com.winccreports.simulator.http;

import com.winccreports.simulator.plant.ArchiveSeries;
import com.winccreports.simulator.plant.RecordSink;

/** Writes archive records as the {@code values} array of an answer item, straight into a {@link JsonBuffer}. */
final class ValueWriter implements RecordSink {

    private static final byte[] FIRST = "{\"timestamp\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] NEXT = ",{\"timestamp\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] VALUE = ",\"value\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] QUALITY = ",\"qualityCode\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] GOOD_AND_FLAGS = ",\"qualityCode\":128,\"flags\":0}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] FLAGS = ",\"flags\":0}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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
        out.raw(first ? FIRST : NEXT).timestamp(timestampMillis).raw(VALUE).decimal(value);
        if (quality == com.winccreports.simulator.plant.Quality.GOOD) {
            out.raw(GOOD_AND_FLAGS);
        } else {
            out.raw(QUALITY).number(quality).raw(FLAGS);
        }
        first = false;
    }

    void all(ArchiveSeries series) {
        for (int i = 0; i < series.size(); i++) {
            record(series.timestamps()[i], series.values()[i], series.qualities()[i]);
        }
    }
}
