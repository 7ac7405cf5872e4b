package com.winccreports.shiftreport;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON of the documents the job stages between steps (results, batch records, bounds). */
public final class StagingJson {

    /** Offsets are kept as written: a shift's local times with their UTC offset are part of the result. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();

    private StagingJson() {
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return JSON.readValue(json, type);
    }
}
