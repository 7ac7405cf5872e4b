package com.winccreports.wincc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Tolerant reading of alarm answers: a bare array or an object wrapping one, numbers or numeric strings. */
final class AlarmParsing {

    private AlarmParsing() {
    }

    static List<JsonNode> items(JsonNode answer) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode array = answer;
        if (answer != null && answer.isObject()) {
            array = null;
            for (String name : List.of("items", "messages", "values", "value")) {
                if (answer.path(name).isArray()) {
                    array = answer.get(name);
                    break;
                }
            }
        }
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    static AlarmMessage message(JsonNode item, RequestScope scope) {
        JsonNode timestamp = item.get("timestamp");
        if (timestamp == null || timestamp.isNull()) {
            throw new WinccException(WinccException.Reason.MALFORMED_ANSWER, scope, 200,
                    "alarm message " + item.path("msgNo").asString("?") + " has no timestamp", null);
        }
        Instant at = timestamp.isNumber() ? Instant.ofEpochMilli(timestamp.asLong())
                : Instant.ofEpochMilli(IsoTimestamps.parseMillis(timestamp.asString()));
        return new AlarmMessage(number(item, "msgNo"), (int) number(item, "state"), at, text(item, "className"),
                (int) number(item, "priority"), text(item, "text1"), text(item, "pValue1"),
                text(item, "computerName"), text(item, "userName"));
    }

    private static long number(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        return value.isNumber() ? value.asLong() : Long.parseLong(value.asString().trim());
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
