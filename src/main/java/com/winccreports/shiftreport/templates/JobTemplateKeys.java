package com.winccreports.shiftreport.templates;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shift.kpi.Kpi;
import com.winccreports.shift.kpi.KpiCalculator;
import com.winccreports.shift.kpi.KpiInputsResolver;
import com.winccreports.shift.kpi.KpiMapping;
import com.winccreports.shift.kpi.KpiResult;
import com.winccreports.shift.kpi.ProductionRecords;
import com.winccreports.system.HomeFolder;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the shift report jobs of a home folder will put into their reports, so {@code templates check} can tell a
 * placeholder the model will fill from one that would stay empty: the KPIs every job produces on every line (a
 * KPI is produced when its elements are mapped or derived) and the shift names every job's site calendar has.
 *
 * @param kpis   KPI keys every shift report job produces for every line
 * @param shifts shift names every such job's site has
 */
record JobTemplateKeys(Set<String> kpis, Set<String> shifts) {

    /**
     * From the jobs of a home folder; a home without a {@code jobs/} folder can only be checked against the KPIs
     * the product computes at all, and no shift names.
     */
    static JobTemplateKeys of(HomeFolder home) {
        if (!Files.isDirectory(home.jobs())) {
            return new JobTemplateKeys(new LinkedHashSet<>(Kpi.ids()), Set.of());
        }
        return of(Definitions.load(home));
    }

    /** From the jobs in {@code definitions}; empty sets when there is no shift report job. */
    static JobTemplateKeys of(Definitions definitions) {
        Set<String> kpis = null;
        Set<String> shifts = null;
        for (JobDefinition job : definitions.jobs()) {
            if (job.kind() != JobDefinition.Kind.SHIFT_REPORT) {
                continue;
            }
            SiteDefinition site = definitions.siteOf(job);
            Set<String> names = new LinkedHashSet<>(site.shiftNames());
            shifts = intersect(shifts, names);
            for (String line : job.linesOf(site)) {
                kpis = intersect(kpis, produced(job.kpisFor(line), site));
            }
        }
        return new JobTemplateKeys(kpis == null ? Set.of() : kpis, shifts == null ? Set.of() : shifts);
    }

    /** The KPIs a mapping produces: computed once over a shift without data (values do not matter, presence does). */
    static Set<String> produced(KpiMapping spec, SiteDefinition site) {
        List<ShiftInstance> shifts = site.calendar().shiftsOf(LocalDate.of(2026, 1, 5));
        if (shifts.isEmpty()) {
            return Set.of();
        }
        var inputs = new KpiInputsResolver(spec).resolve(shifts.get(0), Map.of(), ProductionRecords.NONE);
        return new KpiCalculator(spec).calculate(inputs).stream().map(KpiResult::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> intersect(Set<String> sofar, Set<String> next) {
        if (sofar == null) {
            return new LinkedHashSet<>(next);
        }
        sofar.retainAll(next);
        return sofar;
    }
}
