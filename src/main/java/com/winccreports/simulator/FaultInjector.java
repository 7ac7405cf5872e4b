package com.winccreports.simulator;

/**
 * Draws the fault of the n-th request from (seed, n) alone, so a sequential run sees the same faults
 * on every run, whatever the timing. The request after the first {@code outageAfter} starts the outage.
 */
final class FaultInjector {

    enum Fault { NONE, ERROR, TOO_MANY_REQUESTS, LOCKED, RESET, TRUNCATE, OUTAGE }

    /** The draw of one request: its fault, its delay, and where a truncated/reset body is cut (0..1). */
    record Draw(Fault fault, long delayMillis, double cut) {
        String label() {
            return fault.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final FaultSettings settings;

    FaultInjector(FaultSettings settings) {
        this.settings = settings;
    }

    Draw draw(long sequence) {
        if (settings.hasOutage() && sequence == settings.outageAfter() + 1) {
            return new Draw(Fault.OUTAGE, 0, 1);
        }
        if (!settings.active()) {
            return new Draw(Fault.NONE, 0, 1);
        }
        double u = unit(mix(settings.seed() * 31 + sequence));
        double jitter = unit(mix(settings.seed() * 37 + sequence + 0x5bd1e995L));
        double cut = 0.2 + 0.6 * unit(mix(settings.seed() * 41 + sequence + 0x27d4eb2fL));
        long delay = settings.latencyMillis() + Math.round(jitter * settings.jitterMillis());
        double[] rates = {settings.errorRate(), settings.tooManyRequestsRate(), settings.lockedRate(),
            settings.resetRate(), settings.truncateRate()};
        Fault[] faults = {Fault.ERROR, Fault.TOO_MANY_REQUESTS, Fault.LOCKED, Fault.RESET, Fault.TRUNCATE};
        double edge = 0;
        for (int i = 0; i < rates.length; i++) {
            edge += rates[i];
            if (u < edge) {
                return new Draw(faults[i], delay, cut);
            }
        }
        return new Draw(Fault.NONE, delay, cut);
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
