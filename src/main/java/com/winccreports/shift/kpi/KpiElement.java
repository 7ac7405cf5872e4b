package com.winccreports.shift.kpi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The named elements (inputs) of the ISO 22400-2 KPIs, as they are mapped in a job file's
 * {@code kpis.elements}. Times are in seconds, quantities in units, energy in the meter's unit.
 */
public enum KpiElement {
    PLANNED_BUSY_TIME("plannedBusyTime", "PBT", "s"),
    ACTUAL_PRODUCTION_TIME("actualProductionTime", "APT", "s"),
    ACTUAL_UNIT_DOWN_TIME("actualUnitDownTime", "ADOT", "s"),
    ACTUAL_UNIT_DELAY_TIME("actualUnitDelayTime", "ADET", "s"),
    ACTUAL_UNIT_SETUP_TIME("actualUnitSetupTime", "AUST", "s"),
    ACTUAL_UNIT_BUSY_TIME("actualUnitBusyTime", "AUBT", "s"),
    PRODUCED_QUANTITY("producedQuantity", "PQ", "units"),
    GOOD_QUANTITY("goodQuantity", "GQ", "units"),
    SCRAP_QUANTITY("scrapQuantity", "SQ", "units"),
    REWORK_QUANTITY("reworkQuantity", "RQ", "units"),
    PLANNED_RUN_TIME_PER_UNIT("plannedRunTimePerUnit", "PRU", "s/unit"),
    FAILURE_COUNT("failureCount", "FE", "events"),
    FAILURE_TIME("failureTime", "TTR", "s"),
    ENERGY("energy", "EC", "kWh");

    private final String id;
    private final String abbreviation;
    private final String unit;

    KpiElement(String id, String abbreviation, String unit) {
        this.id = id;
        this.abbreviation = abbreviation;
        this.unit = unit;
    }

    /** The key in the job file, e.g. {@code goodQuantity}. */
    public String id() {
        return id;
    }

    /** The ISO 22400-2 abbreviation, e.g. {@code GQ}. */
    public String abbreviation() {
        return abbreviation;
    }

    public String unit() {
        return unit;
    }

    public static Optional<KpiElement> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equalsIgnoreCase(id)).findFirst();
    }
}
