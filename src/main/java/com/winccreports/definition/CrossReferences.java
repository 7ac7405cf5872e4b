package com.winccreports.definition;

import com.winccreports.shift.calendar.SpecProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks what a schema cannot: that a job's site, lines and tags exist in its site definition. */
final class CrossReferences {

    private CrossReferences() {
    }

    /** The shift engine's own checks of a site (shift calendar, tag profiles), located in the site file. */
    static List<DefinitionProblem> checkSite(Located<SiteDefinition> located) {
        return located(located, true);
    }

    /**
     * What the shift engine finds suspicious in a site (a gap between two shifts, a tag whose gaps cannot be
     * detected), located in the site file.
     */
    static List<DefinitionProblem> siteWarnings(Located<SiteDefinition> located) {
        return located(located, false);
    }

    /** The site's errors ({@code errors} true) or warnings, located in its file. */
    private static List<DefinitionProblem> located(Located<SiteDefinition> located, boolean errors) {
        SiteDefinition site = located.value();
        List<SpecProblem> found = new ArrayList<>(site.shifts() == null ? List.of() : site.shifts().validate());
        site.tags().forEach((tag, entry) -> found.addAll(entry.validate("tags[\"" + tag + "\"]")));
        return found.stream().filter(problem -> problem.error() == errors)
                .map(problem -> located.problem(SpecPaths.parse(problem.path()), problem.message())).toList();
    }

    static List<DefinitionProblem> check(Located<JobDefinition> located, Map<String, Located<SiteDefinition>> sites) {
        JobDefinition job = located.value();
        List<DefinitionProblem> problems = new ArrayList<>();
        Located<SiteDefinition> site = sites.get(job.site());
        if (site == null) {
            problems.add(located.problem(List.of("site"), "unknown site '" + job.site() + "' (known: "
                    + sites.keySet() + " in jobs/sites/)"));
            return problems;
        }
        List<String> siteLines = site.value().lines();
        for (int i = 0; i < job.lines().size(); i++) {
            if (!siteLines.contains(job.lines().get(i))) {
                problems.add(located.problem(List.of("lines", i), "line '" + job.lines().get(i)
                        + "' is not a line of site '" + job.site() + "' " + siteLines));
            }
        }
        List<String> lines = job.linesOf(site.value());
        Set<String> known = site.value().tagNamesFor(lines);
        if (job.kind() == JobDefinition.Kind.RECORD_EXPORT) {
            problems.addAll(ExportReferences.check(located, site, lines));
            return problems;
        }
        for (int i = 0; i < job.tags().size(); i++) {
            TagSelection tag = job.tags().get(i);
            List<String> names = tag.perLine() ? lines.stream().map(tag::tagFor).toList() : List.of(tag.tag());
            for (int a = 0; a < tag.aggregates().size(); a++) {
                if (com.winccreports.shift.aggregate.Aggregate.byId(tag.aggregates().get(a)).isEmpty()) {
                    problems.add(located.problem(List.of("tags", i, "aggregates", a), "unknown aggregate '"
                            + tag.aggregates().get(a) + "'; known: " + com.winccreports.shift.aggregate.Aggregate.ids()));
                }
            }
            for (String name : names) {
                if (!known.contains(name)) {
                    problems.add(located.problem(List.of("tags", i, "tag"), "tag '" + name
                            + "' has no profile in site '" + job.site() + "' (" + site.file() + ")"));
                    break;
                }
            }
        }
        if (job.alarms() != null && !job.alarms().perLine() && lines.size() > 1) {
            problems.add(located.problem(List.of("alarms", "restFilter"), "filter '" + job.alarms().restFilter()
                    + "' holds the alarms of every line, so each line's report would count the others' alarms; "
                    + "name each line's WinCC filter with {line} (e.g. '{line}Alarms'), and set siteFilter for a "
                    + "site-wide summary"));
        }
        for (String line : lines) {
            for (SpecProblem problem : job.kpiRecordFor(line).validate(known)) {
                if (problem.error()) {
                    problems.add(located.problem(SpecPaths.parse(problem.path()), "line " + line + ": "
                            + problem.message()));
                }
            }
        }
        return problems;
    }
}
