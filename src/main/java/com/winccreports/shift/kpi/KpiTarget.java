package com.winccreports.shift.kpi;

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
public record KpiTarget(Double target, Double green, Double yellow) {

    /** Status of a value; {@link TrafficLight#NONE} without target and thresholds, or for NaN. */
    public TrafficLight status(double value) {
        Double goal = target != null ? target : green;
        if (goal == null || Double.isNaN(value)) {
            return TrafficLight.NONE;
        }
        boolean higherBetter = higherIsBetter();
        if (atLeastAsGood(value, goal, higherBetter)) {
            return TrafficLight.ON_TARGET;
        }
        if (green != null && atLeastAsGood(value, green, higherBetter)) {
            return TrafficLight.ACCEPTABLE;
        }
        if (yellow != null && atLeastAsGood(value, yellow, higherBetter)) {
            return TrafficLight.WARNING;
        }
        return TrafficLight.OFF_TARGET;
    }

    /** From green against yellow, else target against the one threshold given; higher by default. */
    public boolean higherIsBetter() {
        if (green != null && yellow != null) {
            return green >= yellow;
        }
        Double threshold = green != null ? green : yellow;
        return target == null || threshold == null || target >= threshold;
    }

    private static boolean atLeastAsGood(double value, double bound, boolean higherBetter) {
        return higherBetter ? value >= bound : value <= bound;
    }
}
