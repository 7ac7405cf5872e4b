package com.winccreports.simulator.http;

import com.winccreports.simulator.plant.BatchRecord;
import com.winccreports.simulator.plant.PlantDefinition.RecipeDefinition;
import com.winccreports.simulator.plant.PlantModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rows of one user archive: the plant's generated rows (batches visible at "now", or the recipes) with
 * the clients' inserts, updates and deletes laid over them (kept in memory until the server stops).
 * Rows are maps from field name to Long (Integer, DateTime as epoch ms), Double or String.
 */
final class UserArchiveStore {

    private final UserArchiveSchema schema;
    private final PlantModel model;
    private final Map<Long, Map<String, Object>> written = new TreeMap<>();
    private final Set<Long> deleted = new TreeSet<>();

    UserArchiveStore(UserArchiveSchema schema, PlantModel model) {
        this.schema = schema;
        this.model = model;
    }

    UserArchiveSchema schema() {
        return schema;
    }

    /** All current rows ordered by ID. */
    synchronized List<Map<String, Object>> rows(long visibleUntilMillis) {
        TreeMap<Long, Map<String, Object>> rows = new TreeMap<>();
        for (Map<String, Object> row : generated(visibleUntilMillis)) {
            rows.put((Long) row.get("ID"), row);
        }
        rows.putAll(written);
        deleted.forEach(rows::remove);
        return new ArrayList<>(rows.values());
    }

    synchronized Map<String, Object> row(long id, long visibleUntilMillis) {
        return rows(visibleUntilMillis).stream().filter(r -> r.get("ID").equals(id)).findFirst().orElse(null);
    }

    synchronized void put(Map<String, Object> row) {
        Long id = (Long) row.get("ID");
        written.put(id, row);
        deleted.remove(id);
    }

    synchronized void delete(long id) {
        written.remove(id);
        deleted.add(id);
    }

    private List<Map<String, Object>> generated(long visibleUntilMillis) {
        return schema == UserArchiveSchema.RECIPES ? recipeRows() : batchRows(visibleUntilMillis);
    }

    private List<Map<String, Object>> recipeRows() {
        List<Map<String, Object>> out = new ArrayList<>();
        long at = model.archiveStart().toEpochMilli();
        for (RecipeDefinition r : model.definition().recipes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", (long) r.id());
            row.put("Recipe", r.recipe());
            row.put("Product", r.product());
            row.put("IdealCycleTimeS", r.idealCycleTimeS());
            row.put("TemperatureSetpoint", r.temperatureSetpoint());
            row.put("LastAccess", at);
            row.put("LastUser", "engineer");
            out.add(row);
        }
        return out;
    }

    private List<Map<String, Object>> batchRows(long visibleUntilMillis) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (BatchRecord b : model.batchRecords(Instant.ofEpochMilli(visibleUntilMillis))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", (long) b.id());
            row.put("BatchId", b.batchId());
            row.put("Line", b.line());
            row.put("Product", b.product());
            row.put("Recipe", b.recipe());
            row.put("StartTime", b.startMillis());
            row.put("EndTime", b.endMillis());
            row.put("PlannedQty", (long) b.plannedQty());
            row.put("GoodQty", b.goodQty() == null ? null : (long) b.goodQty());
            row.put("ScrapQty", b.scrapQty() == null ? null : (long) b.scrapQty());
            row.put("ReworkQty", b.reworkQty() == null ? null : (long) b.reworkQty());
            row.put("Operator", b.operator());
            row.put("LastAccess", b.endMillis() == null ? b.startMillis() : b.endMillis());
            row.put("LastUser", b.operator());
            out.add(row);
        }
        return out;
    }

    /** Writes a row in field order; DateTime fields as ISO timestamps, missing fields as null. */
    void write(Map<String, Object> row, JsonBuffer out) {
        out.raw('{');
        boolean first = true;
        for (UserArchiveSchema.Field f : schema.fields()) {
            out.raw(first ? "\"" : ",\"").raw(f.name()).raw("\":");
            first = false;
            Object v = row.get(f.name());
            if (v == null) {
                out.raw("null");
            } else if (f.isTime()) {
                out.timestamp((Long) v);
            } else if (v instanceof Long l) {
                out.number(l);
            } else if (v instanceof Double d) {
                out.decimal(d);
            } else {
                out.string(v.toString());
            }
        }
        out.raw('}');
    }
}
