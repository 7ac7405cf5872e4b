package com.winccreports.wincc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Request bodies and URL parts of docs/wincc-rest.md §3; built from typed values, never from pasted text. */
final class JsonBodies {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonBodies() {
    }

    static byte[] variableNames(List<String> tags) {
        return MAPPER.writeValueAsBytes(Map.of("variableNames", tags));
    }

    /** The body form: {@code {"archives":[{"name":..,"variables":[{"name":..,"timeFrom":..,...}]}]}}. */
    static byte[] archiveQuery(String archive, List<String> tags, String timeFrom, String timeTo, int maxValues) {
        List<Map<String, Object>> variables = tags.stream().map(tag -> variable(tag, timeFrom, timeTo, maxValues))
                .toList();
        return MAPPER.writeValueAsBytes(Map.of("archives", List.of(Map.of("name", archive, "variables", variables))));
    }

    private static Map<String, Object> variable(String tag, String timeFrom, String timeTo, int maxValues) {
        Map<String, Object> variable = new java.util.LinkedHashMap<>();
        variable.put("name", tag);
        if (timeFrom != null) {
            variable.put("timeFrom", timeFrom);
        }
        if (timeTo != null) {
            variable.put("timeTo", timeTo);
        }
        variable.put("maxValues", maxValues);
        return variable;
    }

    static String segment(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
