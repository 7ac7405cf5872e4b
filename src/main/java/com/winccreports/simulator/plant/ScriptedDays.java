package com.winccreports.simulator.plant;

import com.winccreports.simulator.plant.PlantDefinition.ScriptDefinition;
import com.winccreports.simulator.plant.PlantDefinition.SegmentDefinition;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The {@link DayPlan} of a scripted line: the same segments every production day (local wall times), one batch
 * of the script's recipe over the whole day, no planted defects. Units are made at a steady rate within a running
 * segment and the last one by the segment's last second, so a 1-s counter shows a segment's units inside it;
 * scrap follows the units made ({@code made × scrap / units}), so the good counter never goes down.
 */
final class ScriptedDays {

    private final PlantDefinition plant;
    private final ZoneId zone;
    private final LocalTime dayStart;

    ScriptedDays(PlantDefinition plant, ZoneId zone, LocalTime dayStart) {
        this.plant = plant;
        this.zone = zone;
        this.dayStart = dayStart;
    }

    DayPlan plan(ScriptDefinition script, long epochDay, long start, long end) {
        DayPlan plan = new DayPlan(epochDay, start, end);
        List<SegmentDefinition> segments = script.segments();
        int n = segments.size();
        plan.scripted = true;
        plan.units = new int[n];
        plan.scrapUnits = new int[n];
        plan.scrapAtSegment = new long[n + 1];
        for (int i = 0; i < n; i++) {
            SegmentDefinition seg = segments.get(i);
            long from = secondOf(seg.at(), epochDay);
            long to = i + 1 < n ? secondOf(segments.get(i + 1).at(), epochDay) : end;
            int state = state(seg.state());
            int units = seg.units() == null ? 0 : seg.units();
            double rate = state == MachineState.RUNNING ? rate(units, to - from) : 0;
            plan.addSegment(from, state, seg.reason() == null ? 0 : seg.reason(), rate,
                    plant.powerKw().get(seg.state().toLowerCase(Locale.ROOT)));
            plan.units[i] = units;
            plan.scrapUnits[i] = seg.scrap() == null ? 0 : seg.scrap();
            plan.producedAt[i + 1] = plan.producedAt[i] + units;
            plan.scrapAtSegment[i + 1] = plan.scrapAtSegment[i] + plan.scrapUnits[i];
            plan.energyAt[i + 1] = plan.energyAt[i] + plan.power[i] * (to - from) / 3600.0;
        }
        batch(plan, script, end);
        return plan;
    }

    /** The one batch of the day: the script's recipe, all units, started at the day start, ended at its end. */
    private void batch(DayPlan plan, ScriptDefinition script, long end) {
        plan.ensureBatchCapacity();
        plan.batches = 1;
        int recipe = 0;
        for (int r = 0; r < plant.recipes().size(); r++) {
            if (plant.recipes().get(r).recipe().equals(script.recipe())) {
                recipe = r;
            }
        }
        plan.batchRecipe[0] = recipe;
        plan.initialSetpoint = plant.recipes().get(recipe).temperatureSetpoint();
        plan.batchSetupStart[0] = plan.start;
        plan.batchRunStart[0] = plan.start;
        plan.batchEnd[0] = end;
        plan.batchPlanned[0] = (int) plan.producedTotal();
        plan.batchProduced[0] = (int) plan.producedTotal();
        plan.batchScrap[0] = (int) plan.scrapAtSegment[plan.segments];
    }

    /** The smallest rate at which {@code units} are made by the last of {@code seconds} seconds. */
    private static double rate(int units, long seconds) {
        if (units == 0) {
            return 0;
        }
        long by = Math.max(1, seconds - 1);
        double rate = (double) units / by;
        while (Math.floor(by * rate) < units) {
            rate = Math.nextUp(rate);
        }
        return rate;
    }

    /** Epoch second of a wall time of production day {@code epochDay} (before the day start: the next date). */
    private long secondOf(String at, long epochDay) {
        LocalTime time = LocalTime.parse(at);
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return (time.isBefore(dayStart) ? date.plusDays(1) : date).atTime(time).atZone(zone).toEpochSecond();
    }

    static int state(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "running" -> MachineState.RUNNING;
            case "idle" -> MachineState.IDLE;
            case "setup" -> MachineState.SETUP;
            case "down" -> MachineState.DOWN;
            default -> throw new IllegalArgumentException("unknown machine state '" + name + "'");
        };
    }
}
