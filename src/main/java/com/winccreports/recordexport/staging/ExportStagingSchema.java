package com.winccreports.recordexport.staging;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates the export's staging tables when missing. Binary columns differ by platform ({@code BYTEA} on
 * PostgreSQL, {@code VARBINARY} elsewhere), so the statements are made here rather than in a shared SQL script.
 */
public final class ExportStagingSchema {

    private ExportStagingSchema() {
    }

    public static void create(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String binary = postgres(dataSource) ? "BYTEA" : "VARBINARY(1000000000)";
        String text = postgres(dataSource) ? "TEXT" : "CLOB";
        jdbc.execute("CREATE TABLE IF NOT EXISTS wr_export_block (job_instance_id BIGINT NOT NULL, "
                + "partition_index INTEGER NOT NULL, tag_index INTEGER NOT NULL, seq INTEGER NOT NULL, "
                + "value_count INTEGER NOT NULL, payload " + binary + " NOT NULL, "
                + "PRIMARY KEY (job_instance_id, partition_index, tag_index, seq))");
        jdbc.execute("CREATE TABLE IF NOT EXISTS wr_export_item (job_instance_id BIGINT NOT NULL, "
                + "section_index INTEGER NOT NULL, item_kind VARCHAR(16) NOT NULL, seq INTEGER NOT NULL, "
                + "body " + text + " NOT NULL, PRIMARY KEY (job_instance_id, section_index, item_kind, seq))");
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the job database: " + e.getMessage(), e);
        }
    }
}
