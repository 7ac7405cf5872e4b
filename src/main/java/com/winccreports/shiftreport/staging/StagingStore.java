package com.winccreports.shiftreport.staging;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job's intermediate results in the job database, written in the transaction of the chunk or tasklet
 * that produced them — so they are lost or kept together with the job repository's record of that commit.
 * Every write replaces rows with the same key, so a chunk run again after a crash never counts twice.
 */
public final class StagingStore {

    private final JdbcTemplate jdbc;

    public StagingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the partials with the same (tag, shift, window start) of {@code instanceId}. */
    public void replacePartials(long instanceId, List<PartialRow> rows) {
        jdbc.batchUpdate("DELETE FROM wr_partial WHERE job_instance_id = ? AND tag = ? AND shift_index = ? "
                + "AND window_from = ?", rows, rows.size(), (ps, row) -> {
                    ps.setLong(1, instanceId);
                    ps.setString(2, row.tag());
                    ps.setInt(3, row.shiftIndex());
                    ps.setLong(4, row.windowFrom());
                });
        jdbc.batchUpdate("INSERT INTO wr_partial (job_instance_id, tag, shift_index, window_from, window_to, "
                + "value_count, partial_data) VALUES (?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, row) -> {
                    ps.setLong(1, instanceId);
                    ps.setString(2, row.tag());
                    ps.setInt(3, row.shiftIndex());
                    ps.setLong(4, row.windowFrom());
                    ps.setLong(5, row.windowTo());
                    ps.setLong(6, row.valueCount());
                    ps.setBytes(7, row.data());
                });
    }

    /** The partials of one tag and shift, in time order. */
    public List<PartialRow> partials(long instanceId, String tag, int shiftIndex) {
        return jdbc.query("SELECT tag, shift_index, window_from, window_to, value_count, partial_data FROM wr_partial "
                + "WHERE job_instance_id = ? AND tag = ? AND shift_index = ? ORDER BY window_from",
                (rs, i) -> new PartialRow(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getBytes(6)), instanceId, tag, shiftIndex);
    }

    /** Total values staged for {@code instanceId} (the "values read" of a run). */
    public long valueCount(long instanceId) {
        Long count = jdbc.queryForObject("SELECT COALESCE(SUM(value_count), 0) FROM wr_partial WHERE job_instance_id = ?",
                Long.class, instanceId);
        return count == null ? 0 : count;
    }

    /** Replaces the trend buckets of the windows in {@code rows} (a window's buckets are written together). */
    public void replaceTrends(long instanceId, List<TrendRow> rows) {
        List<Object[]> windows = rows.stream().map(r -> List.<Object>of(r.tag(), r.windowFrom())).distinct()
                .map(window -> new Object[] {instanceId, window.get(0), window.get(1)}).toList();
        jdbc.batchUpdate("DELETE FROM wr_trend WHERE job_instance_id = ? AND tag = ? AND window_from = ?", windows);
        jdbc.batchUpdate("INSERT INTO wr_trend (job_instance_id, tag, window_from, bucket_start, value_sum, value_count) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, row) -> {
                    ps.setLong(1, instanceId);
                    ps.setString(2, row.tag());
                    ps.setLong(3, row.windowFrom());
                    ps.setLong(4, row.bucketStart());
                    ps.setDouble(5, row.sum());
                    ps.setLong(6, row.count());
                });
    }

    /** A tag's trend buckets over all windows, in time order; summed here in window order, so always alike. */
    public List<Bucket> trend(long instanceId, String tag) {
        List<Bucket> rows = jdbc.query("SELECT bucket_start, value_sum, value_count FROM wr_trend "
                + "WHERE job_instance_id = ? AND tag = ? ORDER BY bucket_start, window_from",
                (rs, i) -> new Bucket(rs.getLong(1), rs.getDouble(2), rs.getLong(3)), instanceId, tag);
        List<Bucket> buckets = new java.util.ArrayList<>();
        for (Bucket row : rows) {
            Bucket last = buckets.isEmpty() ? null : buckets.get(buckets.size() - 1);
            if (last != null && last.start() == row.start()) {
                buckets.set(buckets.size() - 1, new Bucket(row.start(), last.sum() + row.sum(), last.count() + row.count()));
            } else {
                buckets.add(row);
            }
        }
        return buckets;
    }

    /** Sum and count of good values in one bucket. */
    public record Bucket(long start, double sum, long count) {
    }

    /** Replaces a batch record by its archive ID. */
    public void replaceBatchRecord(long instanceId, long recordId, String json) {
        jdbc.update("DELETE FROM wr_batch_record WHERE job_instance_id = ? AND record_id = ?", instanceId, recordId);
        jdbc.update("INSERT INTO wr_batch_record (job_instance_id, record_id, record_json) VALUES (?, ?, ?)",
                instanceId, recordId, json);
    }

    public List<String> batchRecords(long instanceId) {
        return jdbc.queryForList("SELECT record_json FROM wr_batch_record WHERE job_instance_id = ? ORDER BY record_id",
                String.class, instanceId);
    }

    /** Stores (replacing) a named result document such as {@code alarms} or {@code shifts}. */
    public void putResult(long instanceId, String name, String json) {
        jdbc.update("DELETE FROM wr_result WHERE job_instance_id = ? AND result_name = ?", instanceId, name);
        jdbc.update("INSERT INTO wr_result (job_instance_id, result_name, result_json) VALUES (?, ?, ?)",
                instanceId, name, json);
    }

    public Optional<String> result(long instanceId, String name) {
        return jdbc.queryForList("SELECT result_json FROM wr_result WHERE job_instance_id = ? AND result_name = ?",
                String.class, instanceId, name).stream().findFirst();
    }

    /** Drops every intermediate row of {@code instanceId} (after its report is published). */
    public void deleteInstance(long instanceId) {
        jdbc.update("DELETE FROM wr_partial WHERE job_instance_id = ?", instanceId);
        jdbc.update("DELETE FROM wr_batch_record WHERE job_instance_id = ?", instanceId);
    }
}
