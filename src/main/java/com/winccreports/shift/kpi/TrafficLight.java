package com.winccreports.shift.kpi;

/**
 * Status of a KPI against its target bands ({@link KpiTarget}); the one status type of the product, shown
 * as it is in the report. A value below its target is never {@link #ON_TARGET}.
 */
public enum TrafficLight {
    /** At least as good as the target. */
    ON_TARGET,
    /** Below the target, at least as good as the {@code green} threshold. */
    ACCEPTABLE,
    /** Below {@code green}, at least as good as the {@code yellow} threshold. */
    WARNING,
    /** Worse than every threshold. */
    OFF_TARGET,
    /** The value lies outside what the KPI can physically be (e.g. a ratio above 100 %): the data is wrong. */
    DATA_PROBLEM,
    /** Inputs incomplete: no colour is shown for a number that is not trustworthy. */
    INCOMPLETE,
    /** No target configured, or no value. */
    NONE
}
