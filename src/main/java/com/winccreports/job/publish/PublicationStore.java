package com.winccreports.job.publish;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The register of published report versions, the source of truth for "is this period already reported?". */
public final class PublicationStore {

    private static final String COLUMNS = "job_name, period_label, lines, version, job_instance_id, job_execution_id, "
            + "folder, files, incomplete_data, published_at, superseded_by";

    private final JdbcTemplate jdbc;

    public PublicationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code publication} and marks the versions before it as superseded by it, in one transaction of the caller. */
    public void record(Publication publication) {
        jdbc.update("DELETE FROM wr_publication WHERE job_name = ? AND period_label = ? AND lines = ? AND version = ?",
                publication.job(), publication.period(), publication.lines(), publication.version());
        jdbc.update("INSERT INTO wr_publication (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                publication.job(), publication.period(), publication.lines(), publication.version(),
                publication.instanceId(), publication.executionId(), publication.folder().toString(),
                String.join("\n", publication.files()), publication.incompleteData(),
                Timestamp.from(publication.publishedAt()));
        jdbc.update("UPDATE wr_publication SET superseded_by = ? WHERE job_name = ? AND period_label = ? AND lines = ? "
                + "AND version < ? AND superseded_by IS NULL", publication.version(), publication.job(),
                publication.period(), publication.lines(), publication.version());
    }

    /** Every version of one report, oldest first. */
    public List<Publication> versions(String job, String period, String lines) {
        return jdbc.query("SELECT " + COLUMNS + " FROM wr_publication WHERE job_name = ? AND period_label = ? "
                + "AND lines = ? ORDER BY version", PublicationStore::map, job, period, lines);
    }

    public Optional<Publication> byExecution(long executionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM wr_publication WHERE job_execution_id = ?",
                PublicationStore::map, executionId).stream().findFirst();
    }

    public Optional<Publication> byInstance(long instanceId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM wr_publication WHERE job_instance_id = ?",
                PublicationStore::map, instanceId).stream().findFirst();
    }

    private static Publication map(ResultSet rs, int row) throws SQLException {
        String files = rs.getString(8);
        int supersededBy = rs.getInt(11);
        Integer superseded = rs.wasNull() ? null : supersededBy;
        return new Publication(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                rs.getLong(6), Path.of(rs.getString(7)), files.isEmpty() ? List.of() : Arrays.asList(files.split("\n")),
                rs.getBoolean(9), rs.getTimestamp(10).toInstant(), superseded);
    }
}
