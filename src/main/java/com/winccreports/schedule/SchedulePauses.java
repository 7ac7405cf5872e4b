package com.winccreports.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Schedules an administrator has paused ({@code SCHEDULE_PAUSE} in the job database): a paused job is not woken,
 * so its periods are neither planned nor run; once resumed, the periods it missed meanwhile are handled by its
 * catch-up policy like those of a service that was down. Kept in the database, so a pause outlives a restart.
 */
public final class SchedulePauses {

    /** Who paused a job's schedule, when and why. */
    public record Pause(String job, String pausedBy, Instant pausedAt, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SchedulePauses(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** Pauses {@code job}; false if it was paused already (the first pause stays as it was). */
    public boolean pause(String job, String by, String reason) {
        if (paused(job).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO SCHEDULE_PAUSE (JOB_NAME, PAUSED_BY, PAUSED_AT, REASON) VALUES (?, ?, ?, ?)", job, by,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), reason == null ? "" : reason);
        return true;
    }

    /** Resumes {@code job}; false if it was not paused. */
    public boolean resume(String job) {
        return jdbc.update("DELETE FROM SCHEDULE_PAUSE WHERE JOB_NAME = ?", job) > 0;
    }

    public Optional<Pause> paused(String job) {
        return jdbc.query("SELECT JOB_NAME, PAUSED_BY, PAUSED_AT, REASON FROM SCHEDULE_PAUSE WHERE JOB_NAME = ?",
                (rs, n) -> new Pause(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)), job)
                .stream().findFirst();
    }

    public List<Pause> all() {
        return jdbc.query("SELECT JOB_NAME, PAUSED_BY, PAUSED_AT, REASON FROM SCHEDULE_PAUSE ORDER BY JOB_NAME",
                (rs, n) -> new Pause(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
    }
}
