package com.winccreports.simulator.plant;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code BatchRecords} rows of the plant, derived from the day plans. Rows of finished production
 * days are kept (a few per line and day); the current day's are derived per call, so a running batch
 * appears with its start and gets its end and quantities once it is over.
 */
final class ProductionRecords {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    static final int SLOTS_PER_LINE = 64;

    private final PlantModel model;
    private final ConcurrentHashMap<Long, List<BatchRecord>> finishedDays = new ConcurrentHashMap<>();

    ProductionRecords(PlantModel model) {
        this.model = model;
    }

    /** All batches started at or before {@code visibleUntilMillis}, by production day, line and start. */
    List<BatchRecord> visible(long visibleUntilMillis) {
        List<BatchRecord> out = new ArrayList<>();
        long lastDay = model.productionDayOf(Math.floorDiv(visibleUntilMillis, 1000));
        int lines = model.definition().lines().size();
        for (long day = model.firstDay(); day <= lastDay; day++) {
            for (int l = 0; l < lines; l++) {
                int line = l;
                if (model.dayStart(day + 1) * 1000 <= visibleUntilMillis) {
                    out.addAll(finishedDays.computeIfAbsent(day * SLOTS_PER_LINE + line,
                            k -> rows(line, k / SLOTS_PER_LINE, Long.MAX_VALUE)));
                } else {
                    out.addAll(rows(line, day, visibleUntilMillis));
                }
            }
        }
        return out;
    }

    private List<BatchRecord> rows(int line, long epochDay, long visibleUntilMillis) {
        PlantDefinition plant = model.definition();
        DayPlan plan = model.generatePlan(line, epochDay);
        String lineName = plant.lines().get(line);
        String date = LocalDate.ofEpochDay(epochDay).format(BASIC);
        int lines = plant.lines().size();
        List<BatchRecord> out = new ArrayList<>();
        for (int b = 0; b < plan.batches && b < SLOTS_PER_LINE - 1; b++) {
            long start = plan.batchSetupStart[b] * 1000;
            if (start > visibleUntilMillis) {
                break;
            }
            PlantDefinition.RecipeDefinition recipe = plant.recipes().get(plan.batchRecipe[b]);
            int id = (int) ((epochDay - model.firstDay()) * lines * SLOTS_PER_LINE + line * SLOTS_PER_LINE + b + 1);
            String batchId = String.format(java.util.Locale.ROOT, "%s-%s-%02d", lineName, date, b + 1);
            String operator = plant.operators().get(plan.batchOperator[b]);
            long end = plan.batchEnd[b] * 1000;
            if (end > visibleUntilMillis) {
                out.add(new BatchRecord(id, batchId, lineName, recipe.product(), recipe.recipe(), start, null,
                        plan.batchPlanned[b], null, null, null, operator));
            } else {
                int scrap = plan.batchScrap[b];
                out.add(new BatchRecord(id, batchId, lineName, recipe.product(), recipe.recipe(), start, end,
                        plan.batchPlanned[b], plan.batchProduced[b] - scrap, scrap, plan.batchRework[b], operator));
            }
        }
        return out;
    }
}
