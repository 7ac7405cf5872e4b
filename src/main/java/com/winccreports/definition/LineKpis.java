package com.winccreports.definition;

import java.util.LinkedHashMap;
import java.util.Map;

/** Expands {@code {line}} in the tag names of a KPI mapping, so one job file serves every line. */
final class LineKpis {

    private LineKpis() {
    }

    static KpiMappingRecord expand(KpiMappingRecord spec, String line) {
        Map<String, ElementRecord> elements = new LinkedHashMap<>();
        spec.elements().forEach((name, source) -> elements.put(name, source == null || source.tag() == null ? source
                : source.withTag(expand(source.tag(), line))));
        KpiOptionsRecord options = spec.options().withDowntimeReasonTag(expand(spec.options().downtimeReasonTag(), line));
        return new KpiMappingRecord(elements, options, spec.targets());
    }

    private static String expand(String tag, String line) {
        return tag == null ? null : tag.replace(TagSelection.LINE_PLACEHOLDER, line);
    }
}
