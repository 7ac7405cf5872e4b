package com.winccreports.shift.kpi;

import java.time.Duration;

/**
 * What happened in a window's planned stops (its breaks, or a whole non-working day): ISO 22400-2 leaves this
 * time out of planned busy time, so its running time and units are not part of any KPI. They are reported on
 * a line of their own, and {@link #production()} flags the window when the machine ran or produced in them.
 *
 * @param plannedStopTime  time of the planned stops
 * @param runningSeconds   running time in them (the source of {@code actualProductionTime}); NaN if not mapped
 * @param producedQuantity units made in them (PQ's source); NaN if not mapped
 * @param goodQuantity     good units made in them (GQ's source); NaN if not mapped
 */
public record PlannedStopActivity(Duration plannedStopTime, double runningSeconds, double producedQuantity,
        double goodQuantity) {

    /** True when the machine ran or produced during the planned stops. */
    public boolean production() {
        return runningSeconds > 0 || producedQuantity > 0 || goodQuantity > 0;
    }
}
