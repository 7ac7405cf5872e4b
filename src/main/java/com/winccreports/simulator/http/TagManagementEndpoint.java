package com.winccreports.simulator.http;

import com.winccreports.simulator.plant.ArchiveSeries;
import com.winccreports.simulator.plant.Quality;
import com.winccreports.simulator.plant.TagRef;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Current values (docs/wincc-rest.md §2). A tag's current value is its newest archived record at "now" (live
 * values are not delayed by the late-data lag) until a client writes it; written values stay until
 * the server stops. Unknown tags: 404 for the single-tag calls, an {@code error} item in arrays.
 */
final class TagManagementEndpoint {

    static final int NUMERIC = 4;

    private record Written(double value, long timestampMillis) {
    }

    private final ServiceContext context;
    private final ConcurrentHashMap<String, Written> written = new ConcurrentHashMap<>();

    TagManagementEndpoint(ServiceContext context) {
        this.context = context;
    }

    int getValue(HttpCall call, JsonBuffer out) {
        TagRef tag = known(call.segment(2));
        item(call.segment(2), tag, out);
        return 200;
    }

    int getValues(HttpCall call, JsonBuffer out) {
        JsonNode names = call.json().get("variableNames");
        if (names == null || !names.isArray()) {
            throw ApiException.badParameter("variableNames", "must be an array of tag names");
        }
        out.raw('[');
        for (int i = 0; i < names.size(); i++) {
            out.raw(i == 0 ? "" : ",");
            String name = names.get(i).asString();
            Optional<TagRef> tag = context.model().tag(name);
            if (tag.isEmpty()) {
                error(out, name, "unknown variable");
            } else {
                item(name, tag.get(), out);
            }
        }
        out.raw(']');
        return 200;
    }

    int putValue(HttpCall call, JsonBuffer out) {
        TagRef tag = known(call.segment(2));
        Double value = numeric(call.json().get("value"));
        if (value == null) {
            throw ApiException.badParameter("value", "must be a number or a numeric string");
        }
        write(tag, value);
        item(call.segment(2), tag, out);
        return 200;
    }

    int putValues(HttpCall call, JsonBuffer out) {
        JsonNode items = call.json();
        if (!items.isArray()) {
            throw ApiException.badParameter("body", "must be an array of {variableName, value}");
        }
        out.raw('[');
        for (int i = 0; i < items.size(); i++) {
            out.raw(i == 0 ? "" : ",");
            String name = items.get(i).path("variableName").asString("");
            Optional<TagRef> tag = context.model().tag(name);
            Double value = numeric(items.get(i).get("value"));
            if (tag.isEmpty()) {
                error(out, name, "unknown variable");
            } else if (value == null) {
                error(out, name, "value must be a number or a numeric string");
            } else {
                write(tag.get(), value);
                item(name, tag.get(), out);
            }
        }
        out.raw(']');
        return 200;
    }

    private TagRef known(String name) {
        return context.model().tag(name).orElseThrow(() -> ApiException.notFound("unknown variable '" + name + "'"));
    }

    private void write(TagRef tag, double value) {
        written.put(tag.name(), new Written(value, context.clock().millis()));
    }

    private void item(String requestedName, TagRef tag, JsonBuffer out) {
        Written w = written.get(tag.name());
        long ts;
        double value;
        int quality;
        if (w != null) {
            ts = w.timestampMillis();
            value = w.value();
            quality = Quality.GOOD;
        } else {
            ArchiveSeries latest = context.model().latest(tag, context.clock().millis(), 1);
            if (latest.size() == 0) {
                error(out, requestedName, "no value available yet");
                return;
            }
            ts = latest.timestamps()[0];
            value = latest.values()[0];
            quality = latest.qualities()[0];
        }
        out.raw("{\"variableName\":").string(requestedName).raw(",\"dataType\":").number(NUMERIC)
                .raw(",\"value\":").decimal(value).raw(",\"timestamp\":").timestamp(ts)
                .raw(",\"qualityCode\":").number(quality).raw('}');
    }

    private static void error(JsonBuffer out, String name, String message) {
        out.raw("{\"variableName\":").string(name).raw(",\"error\":").string(message).raw('}');
    }

    private static Double numeric(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isString()) {
            try {
                double v = Double.parseDouble(node.asString().trim());
                return Double.isFinite(v) ? v : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
