package com.winccreports.schedule.delivery;

import java.time.Clock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which report version went to which target ({@code SCHEDULE_DELIVERY}, keyed by job, period, version and
 * target), so a version is delivered once per target, also across restarts of the service.
 */
public final class DeliveryLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DeliveryLog(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    public boolean delivered(ReportVersion report, DeliveryTarget target) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM SCHEDULE_DELIVERY WHERE JOB_NAME = ? AND PERIOD_KIND = ? "
                        + "AND PERIOD_START = ? AND REPORT_VERSION = ? AND TARGET = ?", Integer.class,
                report.job(), report.period().kind().name(), report.period().from().atOffset(ZoneOffset.UTC),
                report.version(), target.id());
        return rows != null && rows > 0;
    }

    public void record(ReportVersion report, DeliveryTarget target, String detail) {
        jdbc.update("INSERT INTO SCHEDULE_DELIVERY (JOB_NAME, PERIOD_KIND, PERIOD_START, REPORT_VERSION, TARGET, "
                        + "DELIVERED_AT, DETAIL) VALUES (?, ?, ?, ?, ?, ?, ?)",
                report.job(), report.period().kind().name(), report.period().from().atOffset(ZoneOffset.UTC),
                report.version(), target.id(), clock.instant().atOffset(ZoneOffset.UTC), detail);
    }

    /** How many deliveries were logged for the version (all targets). */
    public int count(ReportVersion report) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM SCHEDULE_DELIVERY WHERE JOB_NAME = ? AND PERIOD_KIND = ? "
                        + "AND PERIOD_START = ? AND REPORT_VERSION = ?", Integer.class,
                report.job(), report.period().kind().name(), report.period().from().atOffset(ZoneOffset.UTC),
                report.version());
        return rows == null ? 0 : rows;
    }
}
