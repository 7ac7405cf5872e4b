package com.winccreports.shift.kpi;

import java.util.List;
import java.util.Map;

/**
 * The user-archive data a shift's KPIs may draw on: batches overlapping the shift and the recipe
 * table (recipe name → numeric field → value, e.g. {@code IdealCycleTimeS}).
 *
 * @param complete whether the job could read the archives completely (false marks inputs from
 *                 them as incomplete)
 */
public record ProductionRecords(List<BatchRecord> batches, Map<String, Map<String, Double>> recipes, boolean complete) {

    public static final ProductionRecords NONE = new ProductionRecords(List.of(), Map.of(), true);

    public ProductionRecords {
        batches = batches == null ? List.of() : List.copyOf(batches);
        recipes = recipes == null ? Map.of() : Map.copyOf(recipes);
    }
}
