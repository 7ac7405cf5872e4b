package com.winccreports.simulator.plant;

/** Receives archive records in order; the HTTP layer writes them straight into a response buffer. */
@FunctionalInterface
public interface RecordSink {
    void record(long timestampMillis, double value, int quality);
}
