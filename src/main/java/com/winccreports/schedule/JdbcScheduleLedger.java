package com.winccreports.schedule;

import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger in the job database ({@code SCHEDULE_CURSOR}, {@code SCHEDULE_PERIOD}). */
public final class JdbcScheduleLedger implements ScheduleLedger {

    private static final String COLUMNS = "JOB_NAME, PERIOD_KIND, PERIOD_START, PERIOD_END, PERIOD_LABEL, FIRED_AT, "
            + "STATE, ATTEMPTS, WAITING_SINCE, RECHECK_AT, EXECUTION_ID, OWNER, REPORT_VERSION, INCOMPLETE, "
            + "DEADLINE_ALERTED, MESSAGE";
    private static final String KEY = " WHERE JOB_NAME = ? AND PERIOD_KIND = ? AND PERIOD_START = ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public JdbcScheduleLedger(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    /** Creates the scheduler's tables when missing (delivery log included). */
    public static void createTables(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource("com/winccreports/schedule/schedule-schema.sql"))
                .execute(dataSource);
    }

    @Override
    public Optional<Instant> cursor(String job) {
        return jdbc.query("SELECT PLANNED_UNTIL FROM SCHEDULE_CURSOR WHERE JOB_NAME = ?",
                (rs, i) -> instant(rs, "PLANNED_UNTIL"), job).stream().findFirst();
    }

    @Override
    public void record(Plan plan) {
        transactions.executeWithoutResult(status -> {
            plan.due().forEach(f -> insertIfAbsent(LedgerEntry.of(plan.job(), f, LedgerEntry.State.PLANNED)));
            plan.skipped().forEach(f -> insertIfAbsent(LedgerEntry.of(plan.job(), f, LedgerEntry.State.SKIPPED)));
            if (jdbc.update("UPDATE SCHEDULE_CURSOR SET PLANNED_UNTIL = ? WHERE JOB_NAME = ?",
                    utc(plan.planned()), plan.job()) == 0) {
                jdbc.update("INSERT INTO SCHEDULE_CURSOR (JOB_NAME, PLANNED_UNTIL) VALUES (?, ?)",
                        plan.job(), utc(plan.planned()));
            }
        });
    }

    @Override
    public void update(LedgerEntry e) {
        int rows = jdbc.update("UPDATE SCHEDULE_PERIOD SET STATE = ?, ATTEMPTS = ?, WAITING_SINCE = ?, RECHECK_AT = ?, "
                        + "EXECUTION_ID = ?, OWNER = ?, REPORT_VERSION = ?, INCOMPLETE = ?, DEADLINE_ALERTED = ?, "
                        + "MESSAGE = ?, UPDATED_AT = ?" + KEY,
                values(state(e), utc(clock.instant()), e.job(), e.period().kind().name(), utc(e.period().from())));
        if (rows == 0) {
            insertIfAbsent(e);
        }
    }

    @Override
    public List<LedgerEntry> open(String job) {
        return jdbc.query("SELECT " + COLUMNS + " FROM SCHEDULE_PERIOD WHERE JOB_NAME = ? AND STATE IN "
                + "('PLANNED', 'WAITING', 'RUNNING', 'DELIVERING', 'FAILED') ORDER BY PERIOD_START, PERIOD_KIND", this::entry, job);
    }

    @Override
    public List<LedgerEntry> incomplete(String job) {
        return jdbc.query("SELECT " + COLUMNS + " FROM SCHEDULE_PERIOD WHERE JOB_NAME = ? AND STATE = 'COMPLETED' "
                + "AND INCOMPLETE = TRUE ORDER BY PERIOD_START, PERIOD_KIND", this::entry, job);
    }

    @Override
    public List<LedgerEntry> recent(String job, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM SCHEDULE_PERIOD WHERE JOB_NAME = ? "
                + "ORDER BY PERIOD_START DESC, PERIOD_KIND FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                this::entry, job);
    }

    @Override
    public int purge(String job, Instant before) {
        jdbc.update("DELETE FROM SCHEDULE_DELIVERY WHERE JOB_NAME = ? AND PERIOD_START < ?", job, utc(before));
        return jdbc.update("DELETE FROM SCHEDULE_PERIOD WHERE JOB_NAME = ? AND PERIOD_END < ? AND STATE IN "
                + "('COMPLETED', 'SKIPPED')", job, utc(before));
    }

    private void insertIfAbsent(LedgerEntry e) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM SCHEDULE_PERIOD" + KEY, Integer.class,
                e.job(), e.period().kind().name(), utc(e.period().from()));
        if (known != null && known > 0) {
            return;
        }
        jdbc.update("INSERT INTO SCHEDULE_PERIOD (" + COLUMNS + ", UPDATED_AT) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values(List.of(e.job(), e.period().kind().name(), utc(e.period().from()), utc(e.period().to()),
                        e.period().label(), utc(e.firedAt())), state(e), utc(clock.instant())));
    }

    /** STATE to MESSAGE of an entry, in column order ({@code null} for what is not set). */
    private static List<Object> state(LedgerEntry e) {
        return java.util.Arrays.asList(e.state().name(), e.attempts(), utc(e.waitingSince()), utc(e.recheckAt()),
                e.executionId(), e.owner(), e.version(), e.incomplete(), e.deadlineAlerted(), truncate(e.message()));
    }

    /** The arguments of one statement: lists spread, single values as they are. */
    private static Object[] values(Object... parts) {
        List<Object> values = new java.util.ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                values.addAll(list);
            } else {
                values.add(part);
            }
        }
        return values.toArray();
    }

    private LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        ReportPeriod period = new ReportPeriod(PeriodKind.valueOf(rs.getString("PERIOD_KIND")),
                rs.getString("PERIOD_LABEL"), instant(rs, "PERIOD_START"), instant(rs, "PERIOD_END"));
        long execution = rs.getLong("EXECUTION_ID");
        Long executionId = rs.wasNull() ? null : execution;
        return new LedgerEntry(rs.getString("JOB_NAME"), period, instant(rs, "FIRED_AT"),
                LedgerEntry.State.valueOf(rs.getString("STATE")), rs.getInt("ATTEMPTS"), instant(rs, "WAITING_SINCE"),
                instant(rs, "RECHECK_AT"), executionId, rs.getString("OWNER"), rs.getInt("REPORT_VERSION"),
                rs.getBoolean("INCOMPLETE"), rs.getBoolean("DEADLINE_ALERTED"), rs.getString("MESSAGE"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }
}
