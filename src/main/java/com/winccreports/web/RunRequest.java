package com.winccreports.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request for a report or an export, as the API takes it (JSON) and the page's form fills it. The period is
 * one of: a production {@code day} (with {@code shift}: one shift of that day, by its name), {@code from} and
 * {@code to} (ISO-8601 instants), or a {@code batch} id from the job's batch archive. {@code lines} and
 * {@code formats} left out mean all of the job's; {@code reissue} publishes a new version of a period already
 * reported.
 */
public record RunRequest(String job, LocalDate day, String shift, Instant from, Instant to, String batch,
        List<String> lines, List<String> formats, Boolean reissue) {

    public RunRequest {
        lines = lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).toList();
        formats = formats == null ? List.of() : formats.stream().filter(f -> f != null && !f.isBlank()).toList();
        shift = shift == null || shift.isBlank() ? null : shift.strip();
        batch = batch == null || batch.isBlank() ? null : batch.strip();
        reissue = reissue != null && reissue;
    }
}
