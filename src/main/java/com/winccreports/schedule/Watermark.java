package com.winccreports.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * How far the source's archive has caught up for a job. WinCC fills its newest, still-open archive
 * segment late, so a report is complete only once the watermark has passed the period's end.
 */
public interface Watermark {

    /**
     * The instant up to which every cyclic tag of {@code job} is archived (its newest value at or before
     * {@code asOf}, plus its logging cycle), the lowest over those tags; empty when it cannot be told.
     */
    Optional<Instant> archivedUntil(String job, Instant asOf);
}
