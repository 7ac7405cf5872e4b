package com.winccreports.report.demo;

import com.winccreports.report.KpiInput;
import com.winccreports.report.KpiResult;
import com.winccreports.report.TrafficLight;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** OEE and friends of the demo line, computed from its signals exactly as a plant would define them. */
final class DemoKpis {

    static final double IDEAL_RATE_PER_MIN = 120.0;

    /** Measured inputs of one shift or the whole period; they add up. */
    record Inputs(double plannedMin, double downMin, double produced, double scrap, double energyKWh) {

        Inputs plus(Inputs o) {
            return new Inputs(plannedMin + o.plannedMin, downMin + o.downMin, produced + o.produced,
                    scrap + o.scrap, energyKWh + o.energyKWh);
        }

        double runMin() {
            return plannedMin - downMin;
        }

        double good() {
            return produced - scrap;
        }
    }

    private final Messages messages;

    DemoKpis(Messages messages) {
        this.messages = messages;
    }

    /** Integrates speed and power per minute over {@code [from, to)}. */
    static Inputs measure(DemoSignals signals, DemoDowntime downtime, Instant from, Instant to, long seed) {
        double produced = 0;
        double energy = 0;
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            Instant mid = t.plusSeconds(30);
            produced += signals.value(2, mid);
            energy += signals.value(3, mid) / 60.0;
        }
        produced = Math.floor(produced);
        double scrap = Math.round(produced * (0.013 + 0.005 * DemoSignals.noise(seed, 7)));
        double planned = Duration.between(from, to).toMinutes();
        return new Inputs(planned, downtime.total(from, to).toMinutes(), produced, scrap, energy);
    }

    List<KpiResult> results(Inputs in, boolean incomplete) {
        double availability = 100 * in.runMin() / in.plannedMin();
        double performance = in.runMin() == 0 ? Double.NaN : 100 * in.produced() / (in.runMin() * IDEAL_RATE_PER_MIN);
        double quality = in.produced() == 0 ? Double.NaN : 100 * in.good() / in.produced();
        double oee = availability * performance * quality / 10_000;
        double whPerUnit = in.good() == 0 ? Double.NaN : 1000 * in.energyKWh() / in.good();
        KpiInput planned = input("plannedTime", in.plannedMin(), "min", "shift calendar");
        KpiInput down = input("downTime", in.downMin(), "min", "L1.MachineState = 4");
        KpiInput run = input("runTime", in.runMin(), "min", "L1.MachineState = 1");
        KpiInput produced = input("produced", in.produced(), "units", "L1.GoodCount + L1.ScrapCount");
        KpiInput good = input("good", in.good(), "units", "L1.GoodCount");
        KpiInput scrap = input("scrap", in.scrap(), "units", "L1.ScrapCount");
        return List.of(
                kpi("oee", oee, "%", 75, 65, true, "availability × performance × quality",
                        List.of(input("availability", availability, "%", "KPI"),
                                input("performance", performance, "%", "KPI"),
                                input("quality", quality, "%", "KPI")), incomplete),
                kpi("availability", availability, "%", 90, 85, true, "runTime / plannedTime",
                        List.of(run, planned), false),
                kpi("performance", performance, "%", 95, 90, true, "produced / (runTime × idealRate)",
                        List.of(produced, run, input("idealRate", IDEAL_RATE_PER_MIN, "units/min",
                                "Recipes.IdealCycleTimeS")), false),
                kpi("quality", quality, "%", 98.5, 97, true, "good / produced", List.of(good, produced), false),
                kpi("good", in.good(), "units", Double.NaN, Double.NaN, true, "ΔL1.GoodCount", List.of(good), false),
                kpi("scrap", in.scrap(), "units", Double.NaN, Double.NaN, false, "ΔL1.ScrapCount",
                        List.of(scrap), false),
                kpi("energyPerUnit", whPerUnit, "Wh/unit", 12.5, 13.5, false, "1000 × ΔL1.EnergyMeter / good",
                        List.of(input("energy", in.energyKWh(), "kWh", "L1.EnergyMeter"), good), false),
                kpi("downtime", in.downMin(), "min", 60, 90, false, "Σ time with L1.MachineState = 4",
                        List.of(down), false));
    }

    private KpiResult kpi(String key, double value, String unit, double target, double warn, boolean higherIsBetter,
            String formula, List<KpiInput> inputs, boolean incomplete) {
        return new KpiResult(key, messages.get("kpi." + key), value, unit, target,
                light(value, target, warn, higherIsBetter), formula, inputs, incomplete);
    }

    static TrafficLight light(double value, double target, double warn, boolean higherIsBetter) {
        if (Double.isNaN(value) || Double.isNaN(target)) {
            return TrafficLight.NONE;
        }
        double sign = higherIsBetter ? 1 : -1;
        if (sign * (value - target) >= 0) {
            return TrafficLight.GREEN;
        }
        return sign * (value - warn) >= 0 ? TrafficLight.AMBER : TrafficLight.RED;
    }

    private static KpiInput input(String name, double value, String unit, String source) {
        return new KpiInput(name, value, unit, source, 100.0);
    }
}
