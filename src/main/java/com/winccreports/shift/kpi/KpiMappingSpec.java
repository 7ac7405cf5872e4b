package com.winccreports.shift.kpi;

import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.calendar.SpecProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code kpis:} section of a job file: where each ISO 22400-2 element comes from, the options,
 * and the targets. Bound by Jackson from YAML; call {@link #validate(Set)} with the site's tag
 * names.
 *
 * <pre>
 * kpis:
 *   elements:
 *     actualProductionTime: { tag: L1.MachineState, aggregate: timeInState, state: 1 }
 *     goodQuantity:  { tag: L1.GoodCount,  aggregate: counterTotal }
 *     scrapQuantity: { tag: L1.ScrapCount, aggregate: counterTotal }
 *     plannedRunTimePerUnit: { userArchive: Recipes, field: IdealCycleTimeS }
 *   options: { plannedStops: excluded, capPerformance: false, batchAllocation: timeShare }
 *   targets:
 *     oee: { green: 0.65, yellow: 0.55 }
 * </pre>
 *
 * @param elements element id (see {@link KpiElement#id()}) → source
 * @param options  options; defaults when absent
 * @param targets  KPI id (see {@link Kpi#id()}) → thresholds
 */
public record KpiMappingSpec(Map<String, ElementSource> elements, KpiOptions options,
                             Map<String, KpiTarget> targets) {

    public KpiMappingSpec {
        elements = elements == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        options = options == null ? KpiOptions.DEFAULTS : options;
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** The source of an element, or {@code null} when not mapped. */
    public ElementSource source(KpiElement element) {
        return elements.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(element.id()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Target of a KPI, or {@code null}. */
    public KpiTarget target(Kpi kpi) {
        return targets.get(kpi.id());
    }

    /**
     * Problems with paths under {@code kpis.}; {@code knownTags} are the site's tag names (an
     * empty set skips that check).
     */
    public List<SpecProblem> validate(Set<String> knownTags) {
        List<SpecProblem> p = new ArrayList<>();
        elements.forEach((name, src) -> validateElement(name, src, knownTags, p));
        for (String kpi : targets.keySet()) {
            if (Kpi.byId(kpi).isEmpty()) {
                p.add(SpecProblem.error("kpis.targets." + kpi, "unknown KPI; known: " + Kpi.ids()));
            }
        }
        KpiOptions o = options;
        if (o.plannedStops() != null && !o.plannedStops().matches("(?i)included|excluded")) {
            p.add(SpecProblem.error("kpis.options.plannedStops", "must be 'included' or 'excluded'"));
        }
        if (o.batchAllocation() != null && !o.batchAllocation().matches("(?i)timeShare|start|end")) {
            p.add(SpecProblem.error("kpis.options.batchAllocation", "must be timeShare, start or end"));
        }
        if (o.minCoverage() != null && !(o.minCoverage() >= 0 && o.minCoverage() <= 1)) {
            p.add(SpecProblem.error("kpis.options.minCoverage", "must lie between 0 and 1"));
        }
        return p;
    }

    private static void validateTagSource(String path, ElementSource s, Set<String> knownTags, List<SpecProblem> p) {
        if (!knownTags.isEmpty() && !knownTags.contains(s.tag())) {
            p.add(SpecProblem.error(path + ".tag", "tag '" + s.tag() + "' is not in the site's tags"));
        }
        var agg = s.aggregate() == null ? java.util.Optional.<Aggregate>empty() : Aggregate.byId(s.aggregate());
        if (agg.isEmpty()) {
            p.add(SpecProblem.error(path + ".aggregate", "unknown aggregate '" + s.aggregate() + "'; known: " + Aggregate.ids()));
        } else if (agg.get().needsStates() && s.stateCodes().isEmpty()) {
            p.add(SpecProblem.error(path + ".state", s.aggregate() + " needs state (or states)"));
        }
    }

    private static void validateElement(String name, ElementSource s, Set<String> knownTags, List<SpecProblem> p) {
        String path = "kpis.elements." + name;
        if (KpiElement.byId(name).isEmpty()) {
            p.add(SpecProblem.error(path, "unknown element; known: "
                    + java.util.Arrays.stream(KpiElement.values()).map(KpiElement::id).toList()));
            return;
        }
        if (s == null) {
            p.add(SpecProblem.error(path, "no source given"));
            return;
        }
        int kinds = (s.tag() != null ? 1 : 0) + (s.userArchive() != null ? 1 : 0) + (s.value() != null ? 1 : 0)
                + (s.calendar() != null ? 1 : 0);
        if (kinds != 1) {
            p.add(SpecProblem.error(path, "give exactly one of tag, userArchive, value or calendar"));
            return;
        }
        if (s.tag() != null) {
            validateTagSource(path, s, knownTags, p);
        }
        if (s.userArchive() != null && (s.field() == null || s.field().isBlank())) {
            p.add(SpecProblem.error(path + ".field", "a user-archive source needs a field"));
        }
        if (s.calendar() != null && !s.calendar().matches("plannedBusyTime|shiftDuration|plannedBreakTime")) {
            p.add(SpecProblem.error(path + ".calendar", "must be plannedBusyTime, shiftDuration or plannedBreakTime"));
        }
    }
}
