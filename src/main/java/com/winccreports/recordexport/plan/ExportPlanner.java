package com.winccreports.recordexport.plan;

import com.winccreports.definition.ArchivedTag;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.definition.TagSelection;
import com.winccreports.job.RunParameters;
import com.winccreports.job.partition.PartitionPlan;
import com.winccreports.job.partition.ReadPartition;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.wincc.RecordFilter;
import com.winccreports.wincc.UserArchiveRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what an export run reads: its sections (the period, the batch of {@code --batch}, or one per batch of
 * the period), the tags of each ({@code {line}} expanded for the section's lines, wildcards matched against the
 * archive's variable list) and the (tag group × time slice) partitions of each section.
 */
public final class ExportPlanner {

    private final JobDefinition job;
    private final SiteDefinition site;
    private final ExportSpec spec;
    private final ExportSource source;
    private final Map<String, List<String>> variables = new LinkedHashMap<>();

    public ExportPlanner(JobDefinition job, SiteDefinition site, ExportSpec spec, ExportSource source) {
        this.job = job;
        this.site = site;
        this.spec = spec;
        this.source = source;
    }

    /**
     * The plan of one run; a batch still running ends at {@code now}, or for a preliminary run (a period not yet
     * ended) at the instant it was asked for, which also ends the period's own section. Bounding values are added
     * later.
     */
    public ExportPlan plan(RunParameters parameters, Instant now) {
        List<String> runLines = parameters.lines().isEmpty() ? job.linesOf(site) : parameters.lines();
        Map<String, ExportTag> tags = new LinkedHashMap<>();
        List<ExportSectionPlan> sections = new ArrayList<>();
        Instant until = parameters.preliminary() ? parameters.asOf() : now;
        for (Draft draft : drafts(parameters, runLines, until)) {
            List<Integer> indexes = new ArrayList<>();
            for (Map.Entry<String, String> tag : resolve(draft.lines()).entrySet()) {
                ExportTag known = tags.computeIfAbsent(tag.getKey(), name -> tag(tags.size(), name, tag.getValue()));
                indexes.add(known.index());
            }
            if (indexes.isEmpty()) {
                throw new IllegalArgumentException("section " + draft.name() + ": no tag of job " + job.name()
                        + " exists for lines " + draft.lines());
            }
            sections.add(new ExportSectionPlan(sections.size(), draft.name(), draft.from(), draft.to(), indexes,
                    draft.batchId(), draft.running(), Map.of(), Map.of(), draft.lines()));
        }
        List<ExportTag> tagList = List.copyOf(tags.values());
        return new ExportPlan(tagList, sections, partitions(tagList, sections));
    }

    private record Draft(String name, Instant from, Instant to, List<String> lines, String batchId, boolean running) {
    }

    private List<Draft> drafts(RunParameters parameters, List<String> runLines, Instant now) {
        ReportPeriod period = parameters.period();
        if (parameters.batch() != null && period.kind() == PeriodKind.BATCH) {
            BatchSpan batch = BatchLookup.find(source, job.userArchive(), parameters.batch());
            return List.of(new Draft(period.label(), period.from(), period.to(), linesOf(batch, runLines),
                    batch.batchId(), batch.running()));
        }
        if (!spec.sectionPerBatch()) {
            Instant to = parameters.preliminary() && now.isBefore(period.to()) ? now : period.to();
            return List.of(new Draft(period.label(), period.from(), to, runLines, null, false));
        }
        var archive = job.userArchive();
        RecordFilter filter = spec.recordFilter().and(archive.field("start"), RecordFilter.Op.LT, period.to());
        List<Draft> drafts = new ArrayList<>();
        for (UserArchiveRecord record : source.records(archive.name(), filter)) {
            BatchSpan batch = BatchSpan.of(record, archive);
            boolean onLine = batch.line() == null || runLines.contains(batch.line());
            if (onLine && (batch.running() || batch.end().isAfter(period.from()))) {
                Instant to = batch.to(spec.batchMargin(), now.isBefore(period.to()) ? now : period.to());
                drafts.add(new Draft(ReportPeriod.batch(batch.batchId(), batch.start(), to).label(),
                        batch.from(spec.batchMargin()), to, linesOf(batch, runLines), batch.batchId(), batch.running()));
            }
        }
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("no batch of user archive " + archive.name() + " matching "
                    + spec.recordFilter() + " runs in " + period + " on lines " + runLines);
        }
        return drafts;
    }

    private static List<String> linesOf(BatchSpan batch, List<String> runLines) {
        return batch.line() != null && runLines.contains(batch.line()) ? List.of(batch.line()) : runLines;
    }

    /** Tag name → archive for {@code lines}, in the job's order, each name once. */
    private Map<String, String> resolve(List<String> lines) {
        Map<String, ArchivedTag> profiles = site.tagsFor(lines);
        Map<String, String> names = new LinkedHashMap<>();
        for (TagSelection selection : job.tags()) {
            List<String> patterns = selection.perLine() ? lines.stream().map(selection::tagFor).toList()
                    : List.of(selection.tag());
            for (String pattern : patterns) {
                if (selection.wildcard()) {
                    List<String> known = variables.computeIfAbsent(selection.archive(), source::archiveVariables);
                    known.stream().filter(name -> matches(pattern, name))
                            .forEach(name -> names.putIfAbsent(name, archiveOf(name, selection, profiles)));
                } else {
                    names.putIfAbsent(pattern, archiveOf(pattern, selection, profiles));
                }
            }
        }
        return names;
    }

    private static String archiveOf(String name, TagSelection selection, Map<String, ArchivedTag> profiles) {
        ArchivedTag profile = profiles.get(name);
        return profile != null ? profile.archive() : selection.archive();
    }

    private ExportTag tag(int index, String name, String archive) {
        ArchivedTag profiled = site.tagsFor(site.lines()).get(name);
        if (profiled != null) {
            return new ExportTag(index, name, archive, profiled.archiveCycle(), profiled.profile(), true);
        }
        TagProfile analog = TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, null);
        return new ExportTag(index, name, archive, Optional.empty(), analog, false);
    }

    /** {@code *} any characters, {@code ?} one; everything else literally. */
    static boolean matches(String pattern, String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return name.matches(regex.toString());
    }

    private List<PlannedPartition> partitions(List<ExportTag> tags, List<ExportSectionPlan> sections) {
        var partitioning = job.partitioning();
        List<PlannedPartition> planned = new ArrayList<>();
        for (ExportSectionPlan section : sections) {
            Map<String, String> archiveOfTag = new LinkedHashMap<>();
            section.tags().forEach(i -> archiveOfTag.put(tags.get(i).name(), tags.get(i).archive()));
            for (ReadPartition local : PartitionPlan.plan(archiveOfTag, partitioning.tagsPerGroup(), section.from(),
                    section.to(), partitioning.slice(), partitioning.maxPartitions())) {
                ReadPartition global = new ReadPartition(planned.size(), local.archive(), local.tags(), local.from(),
                        local.to());
                List<Integer> indexes = local.tags().stream().map(name -> tags.stream()
                        .filter(t -> t.name().equals(name)).findFirst().orElseThrow().index()).toList();
                planned.add(new PlannedPartition(global, section.index(), indexes));
            }
        }
        return planned;
    }
}
