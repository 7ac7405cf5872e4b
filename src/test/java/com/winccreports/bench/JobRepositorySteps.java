package com.winccreports.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step times of one job execution from the job repository ({@code BATCH_STEP_EXECUTION}), as
 * {@code bench_job_steps} in {@code bench/lib/job.sh} reads them: steps named {@code name:suffix} are
 * grouped under {@code name} (first start to last end), the partition workers ({@code readPartition:*})
 * left out — their time is inside their manager step's.
 */
final class JobRepositorySteps {

    private static final String QUERY = "SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION"
            + " WHERE JOB_EXECUTION_ID = ? AND STEP_NAME NOT LIKE 'readPartition%' ORDER BY START_TIME, STEP_EXECUTION_ID";

    private JobRepositorySteps() {
    }

    /** Reads the steps of {@code executionId}; opens and closes its own connection (user sa, no password). */
    static List<WarmRun.StepTime> read(String jdbcUrl, long executionId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            return read(connection, executionId);
        }
    }

    /** Reads the steps of {@code executionId} over an open connection to the job repository. */
    static List<WarmRun.StepTime> read(Connection connection, long executionId) throws SQLException {
        Map<String, long[]> spans = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setLong(1, executionId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Timestamp start = rows.getTimestamp(2);
                    Timestamp end = rows.getTimestamp(3);
                    if (start != null && end != null) {
                        widen(spans, group(rows.getString(1)), start.getTime(), end.getTime());
                    }
                }
            }
        }
        List<WarmRun.StepTime> steps = new ArrayList<>();
        spans.forEach((name, span) -> steps.add(new WarmRun.StepTime(name, (span[1] - span[0]) / 1000.0)));
        return steps;
    }

    /** {@code merge:L1} → {@code merge}. */
    static String group(String stepName) {
        int colon = stepName.indexOf(':');
        return colon < 0 ? stepName : stepName.substring(0, colon);
    }

    private static void widen(Map<String, long[]> spans, String name, long start, long end) {
        long[] span = spans.computeIfAbsent(name, key -> new long[] {start, end});
        span[0] = Math.min(span[0], start);
        span[1] = Math.max(span[1], end);
    }
}
