package com.winccreports.shift.kpi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The KPIs the calculator produces, with the formula printed beside every value. */
public enum Kpi {
    AVAILABILITY("availability", "Availability", "A = APT / PBT", "ratio"),
    EFFECTIVENESS("effectiveness", "Effectiveness (performance)", "E = PRU × PQ / APT", "ratio"),
    QUALITY_RATIO("qualityRatio", "Quality ratio", "QR = GQ / PQ", "ratio"),
    OEE("oee", "OEE index", "OEE = A × E × QR", "ratio"),
    UTILIZATION_EFFICIENCY("utilizationEfficiency", "Utilization efficiency", "UE = APT / AUBT", "ratio"),
    NEE("nee", "NEE index", "NEE = UE × E × QR", "ratio"),
    TECHNICAL_EFFICIENCY("technicalEfficiency", "Technical efficiency", "TE = APT / (APT + ADET)", "ratio"),
    SCRAP_RATIO("scrapRatio", "Scrap ratio", "SR = SQ / PQ", "ratio"),
    REWORK_RATIO("reworkRatio", "Rework ratio", "RR = RQ / PQ", "ratio"),
    THROUGHPUT_RATE("throughputRate", "Throughput rate", "TR = PQ / PBT", "units/h"),
    MTBF("mtbf", "Mean operating time between failures", "MTBF = APT / FE", "s"),
    MTTR("mttr", "Mean time to repair", "MTTR = TTR / FE", "s"),
    ENERGY_PER_GOOD_UNIT("energyPerGoodUnit", "Energy per good unit", "EC / GQ", "kWh/unit");

    private final String id;
    private final String title;
    private final String formula;
    private final String unit;

    Kpi(String id, String title, String formula, String unit) {
        this.id = id;
        this.title = title;
        this.formula = formula;
        this.unit = unit;
    }

    /** Key in job files ({@code kpis.targets.<id>}) and reports. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String formula() {
        return formula;
    }

    /** {@code ratio} values are fractions (0.75 = 75 %). */
    public String unit() {
        return unit;
    }

    /**
     * Whether a value can physically be this KPI: a ratio lies in 0..1 (availability, effectiveness, quality,
     * OEE, …: a share of a time or a quantity), every other KPI is at least 0. NaN (no value) is not out of range.
     */
    public boolean withinRange(double value) {
        if (Double.isNaN(value)) {
            return true;
        }
        return "ratio".equals(unit) ? value >= 0 && value <= 1 : value >= 0;
    }

    /** The physical range in words, for notes. */
    public String range() {
        return "ratio".equals(unit) ? "0–100 %" : "at least 0";
    }

    public static Optional<Kpi> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Kpi::id).toList();
    }
}
