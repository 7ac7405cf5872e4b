package com.winccreports.simulator.plant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Alarms that follow the process: a machine-down alarm per Down stop (acknowledged by the batch's
 * operator), a temperature deviation warning after each setpoint jump until the temperature settles
 * within 2 °C, sensor faults during bad-quality stretches, archive outages and counter resets.
 */
final class AlarmLog {

    private static final double DEVIATION_LIMIT = 2.0;
    private final PlantModel model;

    AlarmLog(PlantModel model) {
        this.model = model;
    }

    /** Instances of one line's production day. */
    List<AlarmInstance> instances(int line, long epochDay) {
        PlantDefinition plant = model.definition();
        DayPlan plan = model.plan(line, epochDay);
        String lineName = plant.lines().get(line);
        String computer = plant.computerName() == null ? "WINCC" : plant.computerName();
        int base = 1000 * (line + 1);
        List<AlarmInstance> out = new ArrayList<>();
        for (int s = 0; s < plan.segments; s++) {
            if (plan.state[s] == MachineState.DOWN) {
                long from = plan.segStart[s] * 1000;
                long to = (s + 1 < plan.segments ? plan.segStart[s + 1] : plan.end) * 1000;
                int code = plan.reason[s];
                int b = Math.max(0, plan.batchAt(plan.segStart[s]));
                String operator = plant.operators().get(plan.batchOperator[b]);
                long ack = from + Math.min(45_000, (to - from) / 2);
                out.add(new AlarmInstance(base + code, "Error", code >= 200 ? 16 : 10,
                        lineName + " machine down: " + reasonText(code), code, lineName, from, ack, to, operator, computer));
            }
        }
        deviations(plan, line, lineName, computer, base, out);
        defects(plan, lineName, computer, base, out);
        out.sort(Comparator.comparingLong(AlarmInstance::raisedMillis).thenComparingInt(AlarmInstance::msgNo));
        return out;
    }

    private void deviations(DayPlan plan, int line, String lineName, String computer, int base, List<AlarmInstance> out) {
        PlantDefinition plant = model.definition();
        Double tau = model.tags().stream().filter(t -> t.kind() == TagKind.TEMPERATURE).findFirst()
                .map(t -> t.definition().timeConstantS()).orElse(null);
        double timeConstant = tau == null ? 300 : tau;
        for (int b = 0; b < plan.batches; b++) {
            double sp = plant.recipes().get(plan.batchRecipe[b]).temperatureSetpoint();
            double previous = b == 0 ? plan.initialSetpoint : plant.recipes().get(plan.batchRecipe[b - 1]).temperatureSetpoint();
            double jump = Math.abs(sp - previous);
            if (jump > DEVIATION_LIMIT) {
                long from = plan.batchSetupStart[b] * 1000;
                long settle = (long) Math.ceil(timeConstant * Math.log(jump / DEVIATION_LIMIT));
                long to = Math.min(plan.end, plan.batchSetupStart[b] + settle) * 1000;
                out.add(new AlarmInstance(base + 900, "Warning", 5, lineName + " temperature deviates from setpoint",
                        TagValues.round3(jump), lineName, from, -1, to, "", computer));
            }
        }
    }

    private void defects(DayPlan plan, String lineName, String computer, int base, List<AlarmInstance> out) {
        if (plan.badTag >= 0) {
            String tag = lineName + "." + model.definition().tags().get(plan.badTag).name();
            out.add(new AlarmInstance(base + 950, "System", 3, "Sensor fault " + tag, plan.badTag, lineName,
                    plan.badStart * 1000, -1, Math.min(plan.badEnd, plan.end) * 1000, "", computer));
        }
        if (plan.gapStart >= 0) {
            out.add(new AlarmInstance(base + 960, "System", 3, lineName + " archive connection lost", 0, lineName,
                    plan.gapStart * 1000, -1, Math.min(plan.gapEnd, plan.end) * 1000, "", computer));
        }
        if (plan.resetAt >= 0) {
            out.add(new AlarmInstance(base + 970, "System", 3, lineName + " production counters reset", 0, lineName,
                    plan.resetAt * 1000, -1, plan.resetAt * 1000, "", computer));
        }
    }

    private String reasonText(int code) {
        return model.definition().downtimeReasons().stream().filter(r -> r.code() == code).findFirst()
                .map(PlantDefinition.DowntimeReasonDefinition::text).orElse("reason " + code);
    }

    /** Messages stamped in {@code [from, to]} of instances accepted by {@code filter}, in time order. */
    List<AlarmMessage> messages(long from, long to, Predicate<AlarmInstance> filter, int limit) {
        List<AlarmMessage> out = new ArrayList<>();
        long first = Math.max(model.firstDay(), model.productionDayOf(Math.floorDiv(from, 1000)) - 1);
        long last = model.productionDayOf(Math.floorDiv(to, 1000));
        for (long day = first; day <= last && out.size() < limit; day++) {
            List<AlarmMessage> dayMessages = new ArrayList<>();
            for (int line = 0; line < model.definition().lines().size(); line++) {
                for (AlarmInstance instance : instances(line, day)) {
                    if (filter.test(instance)) {
                        dayMessages.addAll(instance.messages(from, to));
                    }
                }
            }
            dayMessages.sort(Comparator.comparingLong(AlarmMessage::timestampMillis)
                    .thenComparingInt(AlarmMessage::msgNo).thenComparingInt(AlarmMessage::state));
            out.addAll(dayMessages.subList(0, Math.min(dayMessages.size(), limit - out.size())));
        }
        return out;
    }

    /** Alarms raised and not cleared at {@code now}. */
    List<AlarmMessage> active(long now, Predicate<AlarmInstance> filter) {
        List<AlarmMessage> out = new ArrayList<>();
        long day = model.productionDayOf(Math.floorDiv(now, 1000));
        if (day < model.firstDay()) {
            return out;
        }
        for (int line = 0; line < model.definition().lines().size(); line++) {
            for (AlarmInstance instance : instances(line, day)) {
                if (instance.activeAt(now) && filter.test(instance)) {
                    out.add(instance.current(now));
                }
            }
        }
        out.sort(Comparator.comparingLong(AlarmMessage::timestampMillis).thenComparingInt(AlarmMessage::msgNo));
        return out;
    }
}
