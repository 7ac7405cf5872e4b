package com.winccreports.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request for a report or an export, as the API takes it (JSON) and the page's form fills it. The period is
 * one of: a production {@code day} (with {@code shift}: one shift of that day, by its name), {@code from} and
 * {@code to} (ISO-8601 instants), or a {@code batch} id from the job's batch archive. {@code lines} and
 * {@code formats} left out mean all of the job's; {@code reissue} publishes a new version of a period already
 * reported.
 */
public record RunRequest(String job, LocalDate day, String shift, Instant from, Instant to, String batch,
        List<String> lines, List<String> formats, Boolean reissue,
        @JsonAnySetter Map<String, Object> unknown) {

    /** The fields a request may have, as the API's JSON names them. */
    public static final List<String> FIELDS = List.of("job", "day", "shift", "from", "to", "batch", "lines", "formats",
            "reissue");

    /**
     * @param unknown fields of the JSON that are none of {@link #FIELDS} (a misspelt {@code shift} would otherwise
     *                silently ask for the whole day); the resolver refuses them, naming each
     */
    public RunRequest {
        lines = lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).toList();
        formats = formats == null ? List.of() : formats.stream().filter(f -> f != null && !f.isBlank()).toList();
        shift = shift == null || shift.isBlank() ? null : shift.strip();
        batch = batch == null || batch.isBlank() ? null : batch.strip();
        reissue = reissue != null && reissue;
        unknown = unknown == null ? Map.of() : new TreeMap<>(unknown);
    }

    /** A request with the known fields only (the page's form). */
    public RunRequest(String job, LocalDate day, String shift, Instant from, Instant to, String batch,
            List<String> lines, List<String> formats, Boolean reissue) {
        this(job, day, shift, from, to, batch, lines, formats, reissue, null);
    }
}
