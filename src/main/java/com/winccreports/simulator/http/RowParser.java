package com.winccreports.simulator.http;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Turns a JSON object into user-archive field values, checking names and types (400 naming the field). */
final class RowParser {

    private RowParser() {
    }

    static Map<String, Object> parse(JsonNode body, UserArchiveSchema schema, Map<String, Object> row) {
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            UserArchiveSchema.Field field = schema.field(e.getKey())
                    .orElseThrow(() -> ApiException.badParameter(e.getKey(), "is not a field of " + schema.name()));
            row.put(field.name(), value(field, e.getValue()));
        }
        return row;
    }

    private static Object value(UserArchiveSchema.Field field, JsonNode node) {
        if (node == null || node.isNull()) {
            if (field.name().equals("ID")) {
                throw ApiException.badParameter("ID", "must not be null");
            }
            return null;
        }
        if (field.isString()) {
            String s = node.asString();
            if (field.length() != null && s.length() > field.length()) {
                throw ApiException.badParameter(field.name(), "is longer than " + field.length() + " characters");
            }
            return s;
        }
        if (field.isTime()) {
            return TimeParameter.millis(field.name(), node.asString());
        }
        if (field.isInteger()) {
            if (!node.isIntegralNumber()) {
                throw ApiException.badParameter(field.name(), "must be an integer");
            }
            return node.asLong();
        }
        if (!node.isNumber()) {
            throw ApiException.badParameter(field.name(), "must be a number");
        }
        return node.asDouble();
    }
}
