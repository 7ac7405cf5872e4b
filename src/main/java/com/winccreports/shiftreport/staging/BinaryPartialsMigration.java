package com.winccreports.shiftreport.staging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Base64;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V3: the staged partials ({@code wr_partial.partial_data}) become binary — {@code BYTEA} on PostgreSQL,
 * {@code VARBINARY} on H2, {@code BLOB} elsewhere — instead of Base64 text, and the version table of the
 * hand-made runner ({@code wr_schema_version}) goes. PostgreSQL converts in one statement in the migration's
 * transaction. H2 commits every DDL statement by itself, so there each step checks what is already done: a
 * crash half-way leaves a state the next start finishes.
 */
final class BinaryPartialsMigration implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "binary partials";
    }

    /** Java migrations have no script to checksum; a shipped one is never edited. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement statement = connection.createStatement()) {
            if (product.contains("postgres")) {
                statement.execute("ALTER TABLE wr_partial ALTER COLUMN partial_data TYPE BYTEA "
                        + "USING decode(partial_data, 'base64')");
            } else {
                convertStepwise(connection, statement, product.contains("h2") ? "VARBINARY" : "BLOB");
            }
            statement.execute("DROP TABLE IF EXISTS " + StagingMigrations.LEGACY_TABLE);
        }
    }

    private static void convertStepwise(Connection connection, Statement statement, String binaryType)
            throws SQLException {
        Integer text = columnType(connection, "partial_data");
        if (text != null && isBinary(text)) {
            return;
        }
        if (text != null) {
            if (columnType(connection, "partial_bytes") == null) {
                statement.execute("ALTER TABLE wr_partial ADD COLUMN partial_bytes " + binaryType);
            }
            decodeRows(connection);
            statement.execute("ALTER TABLE wr_partial DROP COLUMN partial_data");
        }
        statement.execute("ALTER TABLE wr_partial ALTER COLUMN partial_bytes RENAME TO partial_data");
        statement.execute("ALTER TABLE wr_partial ALTER COLUMN partial_data SET NOT NULL");
    }

    /** Fills {@code partial_bytes} from the Base64 text of every row not yet converted, in batches. */
    private static void decodeRows(Connection connection) throws SQLException {
        String select = "SELECT job_instance_id, tag, shift_index, window_from, partial_data FROM wr_partial "
                + "WHERE partial_bytes IS NULL";
        String update = "UPDATE wr_partial SET partial_bytes = ? WHERE job_instance_id = ? AND tag = ? "
                + "AND shift_index = ? AND window_from = ?";
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(select);
                PreparedStatement write = connection.prepareStatement(update)) {
            int pending = 0;
            while (rows.next()) {
                write.setBytes(1, Base64.getDecoder().decode(rows.getString(5)));
                write.setLong(2, rows.getLong(1));
                write.setString(3, rows.getString(2));
                write.setInt(4, rows.getInt(3));
                write.setLong(5, rows.getLong(4));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static boolean isBinary(int type) {
        return type == Types.VARBINARY || type == Types.BINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
    }

    /** The JDBC type of a column of {@code wr_partial}, null when there is no such column. */
    private static Integer columnType(Connection connection, String column) throws SQLException {
        for (String table : new String[] {"wr_partial", "WR_PARTIAL"}) {
            for (String name : new String[] {column, column.toUpperCase(Locale.ROOT)}) {
                try (ResultSet columns = connection.getMetaData().getColumns(connection.getCatalog(),
                        connection.getSchema(), table, name)) {
                    if (columns.next()) {
                        return columns.getInt("DATA_TYPE");
                    }
                }
            }
        }
        return null;
    }
}
