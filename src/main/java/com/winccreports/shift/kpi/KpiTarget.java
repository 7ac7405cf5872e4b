package com.winccreports.shift.kpi;

/**
 * Traffic-light thresholds of one KPI, as fractions for ratios (0.65 = 65 %). Direction follows
 * from the numbers: {@code green >= yellow} means higher is better (OEE), {@code green < yellow}
 * lower is better (scrap ratio). Green when at least as good as {@code green}, yellow when at
 * least as good as {@code yellow}, else red.
 * <pre>
 * targets:
 *   oee:        { target: 0.70, green: 0.65, yellow: 0.55 }
 *   scrapRatio: { target: 0.01, green: 0.02, yellow: 0.05 }
 * </pre>
 */
public record KpiTarget(Double target, Double green, Double yellow) {

    /** Status of a value; {@link TrafficLight#NONE} without thresholds or for NaN. */
    public TrafficLight status(double value) {
        if (green == null || Double.isNaN(value)) {
            return TrafficLight.NONE;
        }
        double y = yellow == null ? green : yellow;
        boolean higherBetter = green >= y;
        if (higherBetter ? value >= green : value <= green) {
            return TrafficLight.GREEN;
        }
        if (higherBetter ? value >= y : value <= y) {
            return TrafficLight.YELLOW;
        }
        return TrafficLight.RED;
    }
}
