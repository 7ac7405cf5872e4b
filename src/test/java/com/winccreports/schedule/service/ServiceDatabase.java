package com.winccreports.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The job database of a service in another process, read as the tests watch where the service gets to. */
final class ServiceDatabase {

    private ServiceDatabase() {
    }

    /** Waits for a state of the other process (it is not timing that is tested, but where it gets to). */
    static void awaitOrFail(ServiceProcess service, Duration patience, BooleanSupplier reached)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (!reached.getAsBoolean()) {
            assertThat(service.alive()).as("service died:\n%s", service.logTail()).isTrue();
            assertThat(Instant.now()).as("not reached in %s:\n%s", patience, service.logTail()).isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    static List<String> executionStatuses(String database) {
        return query(database, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID");
    }

    static int completedSteps(String database) {
        List<String> rows = query(database, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS = 'COMPLETED'");
        return rows.isEmpty() ? 0 : Integer.parseInt(rows.get(0));
    }

    static int count(String database, String sql) {
        return Integer.parseInt(query(database, sql).get(0));
    }

    /** The first column of each row; none while the service has not created the table or holds the database. */
    static List<String> query(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(database, "sa", "");
                Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery(sql);
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            return List.of();
        }
    }
}
