package com.winccreports.definition;

import com.winccreports.shift.aggregate.Aggregate;
import java.util.List;
import java.util.ArrayList;
import java.util.Set;

/** What a schema cannot check in a {@code kind: record-export} job: its tags, aggregates and batch archive. */
final class ExportReferences {

    private ExportReferences() {
    }

    static List<DefinitionProblem> check(Located<JobDefinition> located, Located<SiteDefinition> site,
            List<String> lines) {
        JobDefinition job = located.value();
        List<DefinitionProblem> problems = new ArrayList<>();
        Set<String> known = site.value().tagNamesFor(lines);
        for (int i = 0; i < job.tags().size(); i++) {
            TagSelection tag = job.tags().get(i);
            if (tag.wildcard()) {
                if (tag.archive() == null) {
                    problems.add(located.problem(List.of("tags", i, "archive"), "the wildcard '" + tag.tag()
                            + "' needs the archive whose variable list it is matched against"));
                }
                continue;
            }
            List<String> names = tag.perLine() ? lines.stream().map(tag::tagFor).toList() : List.of(tag.tag());
            for (String name : names) {
                if (!known.contains(name) && tag.archive() == null) {
                    problems.add(located.problem(List.of("tags", i, "tag"), "tag '" + name + "' has no profile in site '"
                            + job.site() + "' (" + site.file() + "); add one, or name its archive"));
                    break;
                }
            }
        }
        ExportSection export = job.export();
        if (export != null) {
            for (int a = 0; a < export.aggregates().size(); a++) {
                String id = export.aggregates().get(a);
                var aggregate = Aggregate.byId(id);
                if (aggregate.isEmpty() || aggregate.get().needsStates()) {
                    problems.add(located.problem(List.of("export", "aggregates", a), "'" + id + "' is not an "
                            + "aggregate an export cell can hold; known: " + Aggregate.ids().stream()
                                    .filter(known2 -> !Aggregate.byId(known2).get().needsStates()).toList()));
                }
            }
            boolean needsBatches = "batch".equals(export.sections());
            if (needsBatches && job.userArchive() == null) {
                problems.add(located.problem(List.of("export", "sections"), "sections: batch needs the batch-record "
                        + "user archive (userArchive: name, fields)"));
            }
        }
        return problems;
    }
}
