package com.winccreports.wincc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * User archives read straight from WinCC's runtime database: one table {@code UA#<Archive>} per archive,
 * column {@code ID} plus the configured fields. Paged by keyset on {@code ID} (the continuation point is
 * the last ID handed out), filtered with bound parameters only. Reads only.
 */
public final class JdbcUserArchives implements UserArchives {

    private static final Pattern ARCHIVE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final String PREFIX = "UA#";

    private final DataSource dataSource;
    private final String sourceName;

    public JdbcUserArchives(DataSource dataSource, String sourceName) {
        this.dataSource = dataSource;
        this.sourceName = sourceName;
    }

    @Override
    public List<ArchiveInfo> archives() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<ArchiveInfo> archives = new ArrayList<>();
            try (ResultSet tables = meta.getTables(null, null, "UA#%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    archives.add(new ArchiveInfo(table.substring(PREFIX.length()), fields(meta, table)));
                }
            }
            return archives;
        } catch (SQLException e) {
            throw failure(null, "listing user archives failed", e);
        }
    }

    private static List<Field> fields(DatabaseMetaData meta, String table) throws SQLException {
        List<Field> fields = new ArrayList<>();
        try (ResultSet columns = meta.getColumns(null, null, table, "%")) {
            while (columns.next()) {
                fields.add(new Field(columns.getString("COLUMN_NAME"), columns.getString("TYPE_NAME"),
                        columns.getInt("COLUMN_SIZE")));
            }
        }
        return fields;
    }

    @Override
    public RecordPage records(String archive, RecordFilter filter, OptionalLong continuation, int limit) {
        if (archive == null || !ARCHIVE.matcher(archive).matches()) {
            throw new IllegalArgumentException("not a user-archive name: '" + archive + "'");
        }
        String sql = "SELECT * FROM \"" + PREFIX + archive + "\" WHERE " + (continuation.isPresent() ? "\"ID\" > ? AND " : "")
                + "(" + filter.toSqlCondition() + ") ORDER BY \"ID\" OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (continuation.isPresent()) {
                statement.setLong(index++, continuation.getAsLong());
            }
            for (Object parameter : filter.sqlParameters()) {
                statement.setObject(index++, parameter);
            }
            statement.setInt(index, limit);
            List<UserArchiveRecord> records = read(statement);
            boolean more = records.size() == limit && limit > 0;
            return new RecordPage(records, more ? OptionalLong.of(records.get(records.size() - 1).id())
                    : OptionalLong.empty());
        } catch (SQLException e) {
            throw failure(archive, "reading records " + filter + " failed", e);
        }
    }

    private static List<UserArchiveRecord> read(PreparedStatement statement) throws SQLException {
        List<UserArchiveRecord> records = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    fields.put(meta.getColumnLabel(c), normalised(rows.getObject(c)));
                }
                records.add(new UserArchiveRecord(fields));
            }
        }
        return records;
    }

    private static Object normalised(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC); // WinCC stores times in UTC
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof java.math.BigDecimal decimal && decimal.scale() <= 0) {
            return decimal.longValue();
        }
        if (value instanceof java.math.BigDecimal || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        return value;
    }

    private WinccException failure(String archive, String what, SQLException e) {
        return new WinccException(WinccException.Reason.DATABASE_ERROR, RequestScope.of(sourceName, archive), 0,
                what + ": " + e.getMessage(), e);
    }
}
