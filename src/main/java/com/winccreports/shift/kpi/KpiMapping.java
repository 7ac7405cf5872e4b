package com.winccreports.shift.kpi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A job's KPI mapping for one line: where each ISO 22400-2 element comes from, the options, and the targets.
 * The definitions build it from the {@code kpis:} section of a job file once they have checked it.
 *
 * @param elements element → source; an element without a source is derived or missing
 * @param options  options, defaults filled in
 * @param targets  KPI → thresholds
 */
public record KpiMapping(Map<KpiElement, ElementSource> elements, KpiOptions options, Map<Kpi, KpiTarget> targets) {

    /** No element mapped, default options, no targets. */
    public static final KpiMapping NONE = new KpiMapping(Map.of(), KpiOptions.DEFAULTS, Map.of());

    public KpiMapping {
        elements = Collections.unmodifiableMap(elements.isEmpty() ? new EnumMap<>(KpiElement.class)
                : new EnumMap<>(elements));
        Objects.requireNonNull(options, "options");
        targets = Collections.unmodifiableMap(targets.isEmpty() ? new EnumMap<>(Kpi.class) : new EnumMap<>(targets));
    }

    /** The source of an element, or empty when not mapped. */
    public Optional<ElementSource> source(KpiElement element) {
        return Optional.ofNullable(elements.get(element));
    }

    /** Target of a KPI, or empty. */
    public Optional<KpiTarget> target(Kpi kpi) {
        return Optional.ofNullable(targets.get(kpi));
    }
}
