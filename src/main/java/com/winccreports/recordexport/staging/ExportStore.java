package com.winccreports.recordexport.staging;

import com.winccreports.wincc.ArchivePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export's staging in the job database, keyed by job instance: the plan ({@code wr_export_item}, section -1),
 * the user-archive records and alarms of each section (JSON, one row each), and the archive pages read
 * ({@code wr_export_block}: one row per page, keyed by partition, tag and sequence, so a chunk written again after
 * a crash replaces what it wrote).
 */
public final class ExportStore {

    /** The staging tables, for housekeeping. */
    public static final List<String> TABLES = List.of("wr_export_block", "wr_export_item");
    public static final String PLAN = "plan";
    public static final String RECORD = "record";
    public static final String ALARM = "alarm";
    public static final String PACKAGE = "package";

    private final JdbcTemplate jdbc;

    public ExportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One staged page. */
    public record Block(int partition, int tag, int seq, ArchivePage page) {
    }

    /** Stages the pages of one chunk (in the caller's transaction), replacing rows of the same keys. */
    public void replaceBlocks(long instanceId, List<Block> blocks) {
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Block block : blocks) {
            keys.add(new Object[] {instanceId, block.partition(), block.tag(), block.seq()});
            rows.add(new Object[] {instanceId, block.partition(), block.tag(), block.seq(), block.page().size(),
                BlockCodec.encode(block.page())});
        }
        jdbc.batchUpdate("DELETE FROM wr_export_block WHERE job_instance_id = ? AND partition_index = ? "
                + "AND tag_index = ? AND seq = ?", keys);
        jdbc.batchUpdate("INSERT INTO wr_export_block (job_instance_id, partition_index, tag_index, seq, value_count, "
                + "payload) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The page staged under a key, if any. */
    public Optional<ArchivePage> block(long instanceId, int partition, int tag, int seq, String tagName) {
        return jdbc.query("SELECT payload FROM wr_export_block WHERE job_instance_id = ? AND partition_index = ? "
                + "AND tag_index = ? AND seq = ?", (rs, row) -> BlockCodec.decode(tagName, rs.getBytes(1)),
                instanceId, partition, tag, seq).stream().findFirst();
    }

    /** Values staged for a run (what the read committed). */
    public long valuesStaged(long instanceId) {
        Long values = jdbc.queryForObject("SELECT SUM(value_count) FROM wr_export_block WHERE job_instance_id = ?",
                Long.class, instanceId);
        return values == null ? 0 : values;
    }

    /** Replaces every item of {@code kind} of a section (in the caller's transaction). */
    public void replaceItems(long instanceId, int section, String kind, List<String> bodies) {
        jdbc.update("DELETE FROM wr_export_item WHERE job_instance_id = ? AND section_index = ? AND item_kind = ?",
                instanceId, section, kind);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            rows.add(new Object[] {instanceId, section, kind, i, bodies.get(i)});
        }
        jdbc.batchUpdate("INSERT INTO wr_export_item (job_instance_id, section_index, item_kind, seq, body) "
                + "VALUES (?, ?, ?, ?, ?)", rows);
    }

    /** The items of {@code kind} of a section, in their order. */
    public List<String> items(long instanceId, int section, String kind) {
        return jdbc.queryForList("SELECT body FROM wr_export_item WHERE job_instance_id = ? AND section_index = ? "
                + "AND item_kind = ? ORDER BY seq", String.class, instanceId, section, kind);
    }

    public Optional<String> plan(long instanceId) {
        return items(instanceId, -1, PLAN).stream().findFirst();
    }

    public void savePlan(long instanceId, String json) {
        replaceItems(instanceId, -1, PLAN, List.of(json));
    }

    /** The id the package of this run is known by (printed on every page of its summary). */
    public Optional<String> packageId(long instanceId) {
        return items(instanceId, -1, PACKAGE).stream().findFirst();
    }

    public void savePackageId(long instanceId, String id) {
        replaceItems(instanceId, -1, PACKAGE, List.of(id));
    }
}
