package com.winccreports.definition;

import com.winccreports.shift.kpi.KpiTarget;
import java.util.OptionalDouble;

/** Target and bands of one KPI as a job file's {@code kpis.targets} gives them, each optional (see {@link KpiTarget}). */
public record KpiTargetRecord(Double target, Double green, Double yellow) {

    public KpiTarget toTarget() {
        return new KpiTarget(optional(target), optional(green), optional(yellow));
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
