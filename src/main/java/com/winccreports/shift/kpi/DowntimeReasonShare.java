package com.winccreports.shift.kpi;

/**
 * One line of the downtime Pareto: a reason, its time, how often it occurred and its share of all
 * downtime with a reason; lines come sorted by time, largest first.
 *
 * @param cumulativeShare share of this and all larger reasons (for the Pareto curve)
 */
public record DowntimeReasonShare(int code, String label, long millis, long occurrences, double share,
                                  double cumulativeShare) {
}
