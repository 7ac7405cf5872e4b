package com.winccreports.shift.kpi;

/** Status of a KPI against its target thresholds. */
public enum TrafficLight {
    GREEN, YELLOW, RED,
    /** Inputs incomplete: no colour is shown for a number that is not trustworthy. */
    INCOMPLETE,
    /** No target configured, or no value. */
    NONE,
    /** The value lies outside the KPI's physical range (e.g. availability above 100 %): a data problem. */
    DATA_PROBLEM
}
