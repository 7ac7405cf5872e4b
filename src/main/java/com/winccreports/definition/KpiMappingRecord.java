package com.winccreports.definition;

import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.calendar.SpecProblem;
import com.winccreports.shift.kpi.ElementSource;
import com.winccreports.shift.kpi.Kpi;
import com.winccreports.shift.kpi.KpiElement;
import com.winccreports.shift.kpi.KpiMapping;
import com.winccreports.shift.kpi.KpiTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code kpis:} section of a job file as the YAML gives it: where each ISO 22400-2 element comes from, the
 * options, and the targets. {@link #validate(Set)} checks it against the site's tag names; {@link #toMapping()}
 * turns a checked one into the shift engine's {@link KpiMapping}.
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
 * @param options  options; none given when absent
 * @param targets  KPI id (see {@link Kpi#id()}) → thresholds
 */
public record KpiMappingRecord(Map<String, ElementRecord> elements, KpiOptionsRecord options,
                               Map<String, KpiTargetRecord> targets) {

    /** No {@code kpis:} section. */
    public static final KpiMappingRecord NONE = new KpiMappingRecord(null, null, null);

    public KpiMappingRecord {
        elements = elements == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        options = options == null ? KpiOptionsRecord.NONE : options;
        targets = targets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** The mapping the shift engine computes with; call on a section {@link #validate(Set)} found no error in. */
    public KpiMapping toMapping() {
        Map<KpiElement, ElementSource> sources = new EnumMap<>(KpiElement.class);
        elements.forEach((name, source) -> KpiElement.byId(name)
                .ifPresent(element -> sources.putIfAbsent(element, source.toSource())));
        Map<Kpi, KpiTarget> bands = new EnumMap<>(Kpi.class);
        targets.forEach((name, target) -> Kpi.byId(name).ifPresent(kpi -> bands.putIfAbsent(kpi, target.toTarget())));
        return new KpiMapping(sources, options.toOptions(), bands);
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
        KpiOptionsRecord o = options;
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

    private static void validateTagSource(String path, ElementRecord s, Set<String> knownTags, List<SpecProblem> p) {
        if (!knownTags.isEmpty() && !knownTags.contains(s.tag())) {
            p.add(SpecProblem.error(path + ".tag", "tag '" + s.tag() + "' is not in the site's tags"));
        }
        Optional<Aggregate> agg = s.aggregate() == null ? Optional.empty() : Aggregate.byId(s.aggregate());
        if (agg.isEmpty()) {
            p.add(SpecProblem.error(path + ".aggregate", "unknown aggregate '" + s.aggregate() + "'; known: "
                    + Aggregate.ids()));
        } else if (agg.get().needsStates() && s.stateCodes().isEmpty()) {
            p.add(SpecProblem.error(path + ".state", s.aggregate() + " needs state (or states)"));
        }
    }

    private static void validateElement(String name, ElementRecord s, Set<String> knownTags, List<SpecProblem> p) {
        String path = "kpis.elements." + name;
        if (KpiElement.byId(name).isEmpty()) {
            p.add(SpecProblem.error(path, "unknown element; known: "
                    + Arrays.stream(KpiElement.values()).map(KpiElement::id).toList()));
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
        if (s.calendar() != null && ElementSource.CalendarQuantity.byId(s.calendar()).isEmpty()) {
            p.add(SpecProblem.error(path + ".calendar", "must be plannedBusyTime, shiftDuration or plannedBreakTime"));
        }
    }
}
