package com.winccreports.definition;

import com.winccreports.shift.aggregate.Aggregate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
            Duration interval = export.interval();
            if (interval != null && (interval.isZero() || interval.isNegative() || interval.toMillis() % 1000 != 0)) {
                problems.add(located.problem(List.of("export", "interval"), "the aligned interval must be a positive "
                        + "whole number of seconds (e.g. PT1M, PT10S), was " + interval));
            }
            if (export.maxAlarms() != null && export.maxAlarms() < 1) {
                problems.add(located.problem(List.of("export", "maxAlarms"), "must be at least 1, was "
                        + export.maxAlarms()));
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
