package com.winccreports.shift.kpi;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Target and bands of one KPI, as fractions for ratios (0.65 = 65 %). Direction follows from the numbers:
 * {@code green >= yellow} means higher is better (OEE), {@code green < yellow} lower is better (scrap ratio).
 * Bands: on target when at least as good as {@code target}, acceptable when at least as good as
 * {@code green}, warning when at least as good as {@code yellow}, else off target. A missing {@code target}
 * takes {@code green}'s place, so a value is never "on target" below a configured target.
 * <pre>
 * targets:
 *   oee:        { target: 0.70, green: 0.65, yellow: 0.55 }
 *   scrapRatio: { target: 0.01, green: 0.02, yellow: 0.05 }
 * </pre>
 */
public record KpiTarget(OptionalDouble target, OptionalDouble green, OptionalDouble yellow) {

    public KpiTarget {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(yellow, "yellow");
    }

    /** Target and both bands given. */
    public static KpiTarget of(double target, double green, double yellow) {
        return new KpiTarget(OptionalDouble.of(target), OptionalDouble.of(green), OptionalDouble.of(yellow));
    }

    /** Status of a value; {@link TrafficLight#NONE} without target and thresholds, or for NaN. */
    public TrafficLight status(double value) {
        OptionalDouble goal = target.isPresent() ? target : green;
        if (goal.isEmpty() || Double.isNaN(value)) {
            return TrafficLight.NONE;
        }
        boolean higherBetter = higherIsBetter();
        if (atLeastAsGood(value, goal.getAsDouble(), higherBetter)) {
            return TrafficLight.ON_TARGET;
        }
        if (green.isPresent() && atLeastAsGood(value, green.getAsDouble(), higherBetter)) {
            return TrafficLight.ACCEPTABLE;
        }
        if (yellow.isPresent() && atLeastAsGood(value, yellow.getAsDouble(), higherBetter)) {
            return TrafficLight.WARNING;
        }
        return TrafficLight.OFF_TARGET;
    }

    /** From green against yellow, else target against the one threshold given; higher by default. */
    public boolean higherIsBetter() {
        if (green.isPresent() && yellow.isPresent()) {
            return green.getAsDouble() >= yellow.getAsDouble();
        }
        OptionalDouble threshold = green.isPresent() ? green : yellow;
        return target.isEmpty() || threshold.isEmpty() || target.getAsDouble() >= threshold.getAsDouble();
    }

    private static boolean atLeastAsGood(double value, double bound, boolean higherBetter) {
        return higherBetter ? value >= bound : value <= bound;
    }
}
