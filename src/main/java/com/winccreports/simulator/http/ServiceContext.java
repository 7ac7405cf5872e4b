package com.winccreports.simulator.http;

import com.winccreports.simulator.plant.PlantModel;
import java.time.Clock;
import java.time.Duration;

/** What every endpoint needs: the plant, the server's value cap, and "now" minus the late-data lag. */
public record ServiceContext(PlantModel model, int maxValuesCap, Clock clock, Duration lateDataLag) {

    /** Newest archive timestamp already visible (WinCC's open segment hides younger values). */
    public long visibleUntilMillis() {
        return clock.millis() - lateDataLag.toMillis();
    }

    /** The number of values to serve: the request's {@code maxValues} (default: the cap), never above the cap. */
    public int effectiveMax(int requested) {
        return Math.min(requested, maxValuesCap);
    }
}
