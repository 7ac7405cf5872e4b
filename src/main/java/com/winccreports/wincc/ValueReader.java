package com.winccreports.wincc;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reads one archive value object ({@code timestamp, value, qualityCode, flags}) into columns. */
final class ValueReader {

    private final String tag;

    ValueReader(String tag) {
        this.tag = tag == null ? "?" : tag;
    }

    void read(JsonParser parser, ColumnBuilder columns) {
        long timestamp = Long.MIN_VALUE;
        double value = Double.NaN;
        int quality = ArchivePage.QUALITY_ASSUMED_GOOD;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (name) {
                case "timestamp" -> timestamp = timestamp(parser, token);
                case "value" -> value = number(parser, token);
                case "qualityCode", "quality" -> quality = quality(parser, token);
                default -> parser.skipChildren();
            }
        }
        if (timestamp == Long.MIN_VALUE) {
            throw new MalformedAnswerException("value #" + (columns.size() + 1) + " of " + tag + " has no timestamp");
        }
        columns.add(timestamp, value, quality);
    }

    private long timestamp(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            try {
                return IsoTimestamps.parseMillis(parser.getStringCharacters(), parser.getStringOffset(),
                        parser.getStringLength());
            } catch (IllegalArgumentException e) {
                throw new MalformedAnswerException("value #? of " + tag + ": " + e.getMessage(), e);
            }
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        parser.skipChildren();
        return Long.MIN_VALUE;
    }

    private double number(JsonParser parser, JsonToken token) {
        switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return 1;
            case VALUE_FALSE:
                return 0;
            case VALUE_STRING:
                return numericString(parser.getString());
            default:
                parser.skipChildren();
                return Double.NaN;
        }
    }

    private double numericString(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return trimmed.equalsIgnoreCase("true") ? 1 : 0;
        }
        try {
            return Double.parseDouble(trimmed.indexOf('.') < 0 ? trimmed.replace(',', '.') : trimmed);
        } catch (NumberFormatException e) {
            throw new MalformedAnswerException("value of " + tag + " is not numeric: '" + text + "'", e);
        }
    }

    private int quality(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString().trim();
            try {
                return text.startsWith("0x") || text.startsWith("0X") ? Integer.parseInt(text.substring(2), 16)
                        : Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new MalformedAnswerException("quality of " + tag + " is not numeric: '" + text + "'", e);
            }
        }
        parser.skipChildren();
        return ArchivePage.QUALITY_ASSUMED_GOOD;
    }
}
