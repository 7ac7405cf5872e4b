package com.winccreports.report.demo;

import com.winccreports.shift.kpi.KpiCalculator;
import com.winccreports.shift.kpi.KpiElement;
import com.winccreports.shift.kpi.KpiInputs;
import com.winccreports.shift.kpi.Kpi;
import com.winccreports.shift.kpi.KpiMapping;
import com.winccreports.shift.kpi.KpiOptions;
import com.winccreports.shift.kpi.KpiResult;
import com.winccreports.shift.kpi.KpiTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ISO 22400-2 KPIs of the demo line, computed by the product's own KPI engine from the inputs its signals
 * give (planned and running time, stops, good and scrap units, energy), with the demo job's targets.
 */
final class DemoKpis {

    /** The recipe's ideal rate: a little above what the line makes while running, as on a real line. */
    static final double IDEAL_RATE_PER_MIN = 130.0;

    private static final KpiMapping SPEC = new KpiMapping(Map.of(), KpiOptions.DEFAULTS, Map.of(
            Kpi.OEE, KpiTarget.of(0.70, 0.65, 0.55),
            Kpi.AVAILABILITY, KpiTarget.of(0.90, 0.85, 0.75),
            Kpi.QUALITY_RATIO, KpiTarget.of(0.99, 0.98, 0.95),
            Kpi.SCRAP_RATIO, KpiTarget.of(0.01, 0.02, 0.05)));

    /** Measured inputs of one shift or the whole period; they add up. */
    record Inputs(double plannedMin, double downMin, double setupMin, double produced, double scrap, double energyKWh,
            int stops) {

        Inputs plus(Inputs o) {
            return new Inputs(plannedMin + o.plannedMin, downMin + o.downMin, setupMin + o.setupMin,
                    produced + o.produced, scrap + o.scrap, energyKWh + o.energyKWh, stops + o.stops);
        }

        double runMin() {
            return plannedMin - downMin - setupMin;
        }

        double good() {
            return produced - scrap;
        }
    }

    private DemoKpis() {
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
        double setup = 10 + Math.round(5 * DemoSignals.noise(seed, 3));
        return new Inputs(planned, downtime.total(from, to).toMinutes(), setup, produced, scrap, energy,
                downtime.stops(from, to));
    }

    /** The KPIs of the inputs as the engine computes them (ratios as fractions). */
    static List<KpiResult> results(Inputs in) {
        Map<KpiElement, Double> elements = new EnumMap<>(KpiElement.class);
        elements.put(KpiElement.PLANNED_BUSY_TIME, in.plannedMin() * 60);
        elements.put(KpiElement.ACTUAL_PRODUCTION_TIME, in.runMin() * 60);
        elements.put(KpiElement.ACTUAL_UNIT_DOWN_TIME, in.downMin() * 60);
        elements.put(KpiElement.ACTUAL_UNIT_SETUP_TIME, in.setupMin() * 60);
        elements.put(KpiElement.ACTUAL_UNIT_DELAY_TIME, 0.0);
        elements.put(KpiElement.ACTUAL_UNIT_BUSY_TIME, (in.runMin() + in.setupMin()) * 60);
        elements.put(KpiElement.PRODUCED_QUANTITY, in.produced());
        elements.put(KpiElement.GOOD_QUANTITY, in.good());
        elements.put(KpiElement.SCRAP_QUANTITY, in.scrap());
        elements.put(KpiElement.PLANNED_RUN_TIME_PER_UNIT, 60 / IDEAL_RATE_PER_MIN);
        elements.put(KpiElement.FAILURE_COUNT, (double) in.stops());
        elements.put(KpiElement.FAILURE_TIME, in.downMin() * 60);
        elements.put(KpiElement.ENERGY, in.energyKWh());
        return new KpiCalculator(SPEC).calculate(KpiInputs.of(elements));
    }
}
