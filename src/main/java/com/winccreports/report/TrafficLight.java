package com.winccreports.report;

/** Status of a KPI against its target, as the KPI engine judged it. */
public enum TrafficLight {
    /** Target met. */
    GREEN,
    /** Within the warning band. */
    AMBER,
    /** Target missed. */
    RED,
    /** No target defined, or the value could not be computed. */
    NONE
}
