package com.winccreports.definition;

import com.winccreports.shift.kpi.ElementSource;
import com.winccreports.shift.kpi.KpiMappingSpec;
import com.winccreports.shift.kpi.KpiOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/** Expands {@code {line}} in the tag names of a KPI mapping, so one job file serves every line. */
final class LineKpis {

    private LineKpis() {
    }

    static KpiMappingSpec expand(KpiMappingSpec spec, String line) {
        Map<String, ElementSource> elements = new LinkedHashMap<>();
        spec.elements().forEach((name, source) -> elements.put(name, source == null || source.tag() == null ? source
                : new ElementSource(expand(source.tag(), line), source.aggregate(), source.state(), source.states(),
                        source.userArchive(), source.field(), source.value(), source.unit(), source.calendar(),
                        source.scale())));
        KpiOptions o = spec.options();
        KpiOptions options = new KpiOptions(o.plannedStops(), o.capPerformance(), o.batchAllocation(), o.minCoverage(),
                o.batchArchive(), o.recipeArchive(), expand(o.downtimeReasonTag(), line), o.downtimeReasonIgnore());
        return new KpiMappingSpec(elements, options, spec.targets());
    }

    private static String expand(String tag, String line) {
        return tag == null ? null : tag.replace(TagSelection.LINE_PLACEHOLDER, line);
    }
}
