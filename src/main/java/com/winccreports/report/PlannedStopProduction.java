package com.winccreports.report;

import java.time.Duration;
import java.util.Objects;

/**
 * What happened in a shift's planned stops (breaks, or a whole non-working day): ISO 22400-2 leaves that time
 * out of planned busy time, so its running time and units are in no KPI. A report shows them on a line of
 * their own, flagged when the machine ran or produced (e.g. a relief operator covered a break).
 *
 * @param plannedStopTime  time of the planned stops
 * @param runningTime      running time in them (null when the job maps no running time)
 * @param producedQuantity units made in them (NaN when not known)
 * @param goodQuantity     good units made in them (NaN when not known)
 * @param flagged          the machine ran or produced in planned stops
 */
public record PlannedStopProduction(Duration plannedStopTime, Duration runningTime, double producedQuantity,
        double goodQuantity, boolean flagged) {

    public PlannedStopProduction {
        Objects.requireNonNull(plannedStopTime, "plannedStopTime");
    }
}
