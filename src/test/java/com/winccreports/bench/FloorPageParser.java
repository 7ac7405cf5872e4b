package com.winccreports.bench;

import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor's parser: one archive-values answer (docs/wincc-rest.md §3) streamed with Jackson's {@link JsonParser}
 * into three primitive columns that are reused page after page. It knows only the fields it needs and
 * skips the rest; an item carrying {@code error} fails loudly.
 */
final class FloorPageParser {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    long[] timestamps;
    double[] values;
    int[] qualities;
    int size;

    FloorPageParser(int capacity) {
        timestamps = new long[capacity];
        values = new double[capacity];
        qualities = new int[capacity];
    }

    /** Parses one answer; afterwards the columns hold {@link #size} values. */
    void parse(InputStream body) {
        size = 0;
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                item(p);
            }
        }
    }

    private void item(JsonParser p) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            if ("values".equals(name) && token == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    value(p);
                }
            } else if ("error".equals(name)) {
                throw new IllegalStateException("archive item error: " + p.getString());
            } else {
                p.skipChildren();
            }
        }
    }

    private void value(JsonParser p) {
        grow();
        int quality = 0xC0;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            switch (name) {
                case "timestamp" -> timestamps[size] = FixedTimestamps.epochMillis(p.getStringCharacters(),
                        p.getStringOffset(), p.getStringLength());
                case "value" -> values[size] = token == JsonToken.VALUE_STRING
                        ? Double.parseDouble(p.getString()) : p.getDoubleValue();
                case "qualityCode" -> quality = p.getIntValue();
                default -> p.skipChildren();
            }
        }
        qualities[size++] = quality;
    }

    private void grow() {
        if (size == values.length) {
            timestamps = java.util.Arrays.copyOf(timestamps, size * 2);
            values = java.util.Arrays.copyOf(values, size * 2);
            qualities = java.util.Arrays.copyOf(qualities, size * 2);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " but the answer starts with " + actual);
        }
    }
}
