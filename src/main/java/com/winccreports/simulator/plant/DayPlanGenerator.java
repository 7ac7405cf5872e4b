package com.winccreports.simulator.plant;

import com.winccreports.simulator.plant.PlantDefinition.DefectDefinition;
import com.winccreports.simulator.plant.PlantDefinition.DowntimeReasonDefinition;
import com.winccreports.simulator.plant.PlantDefinition.ProductionDefinition;
import com.winccreports.simulator.plant.PlantDefinition.RecipeDefinition;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a line's {@link DayPlan} from (seed, line, production day) alone: batches of a recipe, each a
 * setup followed by runs interrupted by short and long stops, until the planned quantity is made or
 * the production day ends (a batch then closes at the day end). Then places the day's defects. A line the
 * plant scripts gets its scripted day instead ({@link ScriptedDays}).
 */
final class DayPlanGenerator {

    private final PlantDefinition plant;
    private final ScriptedDays scripted;
    private final List<Integer> analogTags = new ArrayList<>();
    private final int reasonWeightTotal;

    DayPlanGenerator(PlantDefinition plant, ZoneId zone, LocalTime dayStart) {
        this.plant = plant;
        this.scripted = new ScriptedDays(plant, zone, dayStart);
        for (int i = 0; i < plant.tags().size(); i++) {
            if (TagKind.parse(plant.tags().get(i).kind()).analog()) {
                analogTags.add(i);
            }
        }
        reasonWeightTotal = plant.downtimeReasons().stream().mapToInt(DowntimeReasonDefinition::weight).sum();
    }

    DayPlan generate(int line, long epochDay, long start, long end) {
        PlantDefinition.ScriptDefinition script = plant.script() == null ? null
                : plant.script().get(plant.lines().get(line));
        if (script != null) {
            return scripted.plan(script, epochDay, start, end);
        }
        Rng rng = new Rng(Rng.hash(plant.seed(), line + 1, epochDay));
        DayPlan plan = new DayPlan(epochDay, start, end);
        ProductionDefinition p = plant.production();
        long t = start;
        int previousRecipe = rng.between(0, plant.recipes().size() - 1);
        plan.initialSetpoint = plant.recipes().get(previousRecipe).temperatureSetpoint();
        while (t < end) {
            int recipe = rng.between(0, plant.recipes().size() - 1);
            t = batch(plan, rng, p, recipe, t);
        }
        plan.closeSegment(plan.segments - 1, end);
        placeDefects(plan, rng, plant.defects());
        return plan;
    }

    private long batch(DayPlan plan, Rng rng, ProductionDefinition p, int recipeIndex, long t) {
        RecipeDefinition recipe = plant.recipes().get(recipeIndex);
        plan.ensureBatchCapacity();
        int b = plan.batches++;
        plan.batchSetupStart[b] = t;
        plan.batchRecipe[b] = recipeIndex;
        plan.batchPlanned[b] = roundTo(rng.between(p.batchQuantity().get(0), p.batchQuantity().get(1)), 250);
        plan.batchScrapFraction[b] = rng.between(p.scrapPercent().get(0), p.scrapPercent().get(1)) / 100.0;
        double reworkFraction = rng.between(p.reworkPercent().get(0), p.reworkPercent().get(1)) / 100.0;
        plan.batchOperator[b] = rng.between(0, plant.operators().size() - 1);
        plan.batchProducedStart[b] = plan.segments == 0 ? 0 : closeLast(plan, t);
        plan.batchScrapStart[b] = b == 0 ? 0 : plan.batchScrapStart[b - 1] + plan.batchScrap[b - 1];
        plan.addSegment(t, MachineState.SETUP, 0, 0, power("setup", rng));
        t = Math.min(plan.end, t + rng.between(p.setupMinutes().get(0), p.setupMinutes().get(1)) * 60L
                + rng.between(0, 59));
        plan.batchRunStart[b] = t;
        t = runUntilMade(plan, rng, p, recipe, b, t);
        plan.batchEnd[b] = t;
        int produced = plan.batchProduced[b];
        plan.batchScrap[b] = (int) Math.floor(produced * plan.batchScrapFraction[b]);
        plan.batchRework[b] = (int) Math.floor((produced - plan.batchScrap[b]) * reworkFraction);
        return t;
    }

    /**
     * Runs interrupted by stops until batch {@code b} is made or the day ends; records the units made in
     * {@code batchProduced[b]} and returns the end time.
     */
    private long runUntilMade(DayPlan plan, Rng rng, ProductionDefinition p, RecipeDefinition recipe, int b, long t) {
        long produced = 0;
        while (produced < plan.batchPlanned[b] && t < plan.end) {
            closeLast(plan, t);
            double rate = rng.between(0.86, 1.0) / recipe.idealCycleTimeS();
            long needed = (long) Math.ceil((plan.batchPlanned[b] - produced) / rate);
            long run = Math.max(60, (long) rng.exponential(p.runMinutesMean() * 60));
            run = Math.min(Math.min(run, needed), plan.end - t);
            plan.addSegment(t, MachineState.RUNNING, 0, rate, power("running", rng) * rate * recipe.idealCycleTimeS());
            produced += (long) Math.floor(run * rate);
            t += run;
            if (produced >= plan.batchPlanned[b] || t >= plan.end) {
                break;
            }
            closeLast(plan, t);
            t = stop(plan, rng, p, t);
        }
        plan.batchProduced[b] = (int) produced;
        return t;
    }

    private long stop(DayPlan plan, Rng rng, ProductionDefinition p, long t) {
        long length;
        if (rng.chance(p.idleShare())) {
            length = rng.between(p.idleMinutes().get(0) * 60, p.idleMinutes().get(1) * 60);
            plan.addSegment(t, MachineState.IDLE, 0, 0, power("idle", rng));
        } else {
            DowntimeReasonDefinition reason = pickReason(rng);
            length = rng.between(reason.minutes().get(0) * 60, reason.minutes().get(1) * 60);
            plan.addSegment(t, MachineState.DOWN, reason.code(), 0, power("down", rng));
        }
        return Math.min(plan.end, t + length);
    }

    private static long closeLast(DayPlan plan, long t) {
        plan.closeSegment(plan.segments - 1, t);
        return plan.producedAt[plan.segments];
    }

    private DowntimeReasonDefinition pickReason(Rng rng) {
        int pick = rng.between(1, reasonWeightTotal);
        for (DowntimeReasonDefinition reason : plant.downtimeReasons()) {
            pick -= reason.weight();
            if (pick <= 0) {
                return reason;
            }
        }
        return plant.downtimeReasons().get(plant.downtimeReasons().size() - 1);
    }

    private double power(String state, Rng rng) {
        return plant.powerKw().get(state) * rng.between(0.97, 1.03);
    }

    private void placeDefects(DayPlan plan, Rng rng, DefectDefinition d) {
        long length = plan.end - plan.start;
        if (rng.chance(d.outagesPerDay())) {
            plan.gapStart = plan.start + rng.between(600, (int) length - 7200);
            plan.gapEnd = plan.gapStart + rng.between(d.outageMinutes().get(0) * 60, d.outageMinutes().get(1) * 60);
            keepBatchBoundariesArchived(plan);
        }
        if (rng.chance(d.badQualityPerDay()) && !analogTags.isEmpty()) {
            plan.badTag = analogTags.get(rng.between(0, analogTags.size() - 1));
            plan.badStart = plan.start + rng.between(0, (int) length - 3600);
            plan.badEnd = plan.badStart + rng.between(d.defectMinutes().get(0) * 60, d.defectMinutes().get(1) * 60);
        }
        if (rng.chance(d.uncertainPerDay()) && !analogTags.isEmpty()) {
            plan.uncertainTag = analogTags.get(rng.between(0, analogTags.size() - 1));
            plan.uncertainStart = plan.start + rng.between(0, (int) length - 3600);
            plan.uncertainEnd = plan.uncertainStart
                    + rng.between(d.defectMinutes().get(0) * 60, d.defectMinutes().get(1) * 60);
        }
        if (rng.chance(d.counterResetsPerDay())) {
            plan.resetAt = stoppedMoment(plan, plan.start + rng.between(3600, (int) length - 3600));
        }
        if (rng.chance(d.duplicateTimestampsPerDay())) {
            plan.duplicateAt = plan.start + 60L * rng.between(1, (int) (length / 60) - 1);
        }
    }

    /**
     * Moves an outage that would swallow a batch's start or end to just after it: the batch records are
     * checked against the counters read at exactly those instants. A batch lasts far longer than an
     * outage (at least its setup and the run of its smallest planned quantity), so the moved outage holds
     * no other boundary and still ends before the day does.
     */
    private static void keepBatchBoundariesArchived(DayPlan plan) {
        for (int b = 1; b < plan.batches; b++) {
            long boundary = plan.batchSetupStart[b];
            if (plan.inGap(boundary)) {
                long length = plan.gapEnd - plan.gapStart;
                plan.gapStart = boundary + 1;
                plan.gapEnd = plan.gapStart + length;
            }
        }
    }

    /**
     * The first instant at or after {@code from} at which the line has been stopped for a second and the
     * archive is logging (not in or right after an outage), or -1 if the day has none: a PLC restart there
     * loses no unit, so the counters' increases over any span still add up to what was made.
     */
    private static long stoppedMoment(DayPlan plan, long from) {
        for (int s = plan.segmentAt(from); s < plan.segments; s++) {
            if (plan.state[s] == MachineState.RUNNING) {
                continue;
            }
            long segmentEnd = s + 1 < plan.segments ? plan.segStart[s + 1] : plan.end;
            long at = Math.max(from, plan.segStart[s] + 1);
            if (plan.inGap(at) || plan.inGap(at - 1)) {
                at = Math.max(at, plan.gapEnd + 1);
            }
            if (at < segmentEnd) {
                return at;
            }
        }
        return -1;
    }

    private static int roundTo(int value, int step) {
        return Math.max(step, value / step * step);
    }
}
