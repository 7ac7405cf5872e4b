package com.winccreports.recordexport.read;

import com.winccreports.definition.AlarmSelection;
import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.recordexport.ExportRun;
import com.winccreports.recordexport.plan.BatchSpan;
import com.winccreports.recordexport.plan.ExportPlan;
import com.winccreports.recordexport.plan.ExportPlanner;
import com.winccreports.recordexport.plan.ExportSectionPlan;
import com.winccreports.recordexport.plan.ExportSource;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.wincc.AlarmClient;
import com.winccreports.wincc.AlarmMessage;
import com.winccreports.wincc.RecordFilter;
import com.winccreports.wincc.UserArchiveRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fixes the run's plan once (tags, sections, partitions — see {@link ExportPlanner}) and stages, in one
 * transaction, what goes with it: the value in force at each section's start and the first value after its end
 * (per tag), the section's user-archive records and its alarms. A plan already staged (a restart) is kept as is.
 */
public final class PrepareTasklet implements Tasklet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Function<ChunkContext, ExportRun> runs;
    private final ExportStore store;
    private final ArchiveAccess archives;
    private final ExportWincc wincc;
    private final Clock clock;

    public PrepareTasklet(Function<ChunkContext, ExportRun> runs, ExportStore store, ArchiveAccess archives,
            ExportWincc wincc, Clock clock) {
        this.runs = runs;
        this.store = store;
        this.archives = archives;
        this.wincc = wincc;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        long instance = chunk.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        if (store.plan(instance).isPresent()) {
            return RepeatStatus.FINISHED;
        }
        ExportRun run = runs.apply(chunk);
        String source = run.job().source();
        ExportSource exportSource = wincc.source(source);
        ExportPlan plan = new ExportPlanner(run.job(), run.site(), run.spec(), exportSource)
                .plan(run.parameters(), clock.instant());
        List<ExportSectionPlan> sections = new ArrayList<>();
        for (ExportSectionPlan section : plan.sections()) {
            sections.add(bounded(plan, section, source));
            stageRecords(instance, run, exportSource, section);
            stageAlarms(instance, run, section);
        }
        store.savePlan(instance, plan.withSections(sections).toJson());
        store.savePackageId(instance, java.util.UUID.randomUUID().toString());
        return RepeatStatus.FINISHED;
    }

    private ExportSectionPlan bounded(ExportPlan plan, ExportSectionPlan section, String source) {
        Map<String, List<String>> byArchive = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i : section.tags()) {
            byArchive.computeIfAbsent(plan.tag(i).archive(), a -> new ArrayList<>()).add(plan.tag(i).name());
            index.put(plan.tag(i).name(), i);
        }
        Map<Integer, Sample> before = new HashMap<>();
        Map<Integer, Sample> after = new HashMap<>();
        byArchive.forEach((archive, names) -> {
            archives.boundingValues(source, archive, names, section.from()).forEach((t, s) -> before.put(index.get(t), s));
            wincc.after(source, archive, names, section.to()).forEach((t, s) -> after.put(index.get(t), s));
        });
        return section.withBounds(before, after);
    }

    /** A batch section: its own batch record; a period section: the records of the span that match the filter. */
    private void stageRecords(long instance, ExportRun run, ExportSource source, ExportSectionPlan section) {
        UserArchiveSelection archive = run.job().userArchive();
        if (archive == null) {
            return;
        }
        RecordFilter filter = section.batchId() != null
                ? RecordFilter.none().and(archive.field("batchId"), RecordFilter.Op.EQ, section.batchId())
                : run.spec().recordFilter().and(archive.field("start"), RecordFilter.Op.LT, section.to());
        List<String> bodies = new ArrayList<>();
        for (UserArchiveRecord record : source.records(archive.name(), filter)) {
            BatchSpan span = BatchSpan.of(record, archive);
            if (section.batchId() != null || span.running() || span.end().isAfter(section.from())) {
                bodies.add(JSON.writeValueAsString(record.fields()));
            }
        }
        store.replaceItems(instance, section.index(), ExportStore.RECORD, bodies);
    }

    /**
     * The alarms of the section's span. A filter naming {@code {line}} is read once per line of the section (a
     * batch's own line, else the run's lines), so a batch lists its line's alarms and not the plant's, and the lists
     * are merged in time order; at most {@code maxAlarms} are kept, and a list cut anywhere is marked cut.
     */
    private void stageAlarms(long instance, ExportRun run, ExportSectionPlan section) {
        AlarmSelection selection = run.job().alarms();
        if (selection == null) {
            return;
        }
        int max = run.spec().maxAlarms();
        List<String> filters = new ArrayList<>();
        List<AlarmMessage> messages = new ArrayList<>();
        long received = 0;
        boolean truncated = false;
        for (String filter : selection.filtersFor(section.lines())) {
            AlarmClient.AlarmResult result = wincc.alarms(run.job().source(), selection.withFilter(filter),
                    section.from(), section.to(), max);
            filters.add(result.filter());
            messages.addAll(result.messages());
            received += result.received();
            truncated |= result.truncated();
        }
        messages.sort(Comparator.comparing(AlarmMessage::timestamp));   // stable: a line's order kept
        if (messages.size() > max) {
            messages = new ArrayList<>(messages.subList(0, max));
            received = max;
            truncated = true;
        }
        List<String> bodies = new ArrayList<>();
        bodies.add(JSON.writeValueAsString(Map.of("filter", String.join(", ", filters), "received", received,
                "truncated", truncated)));
        messages.forEach(message -> bodies.add(JSON.writeValueAsString(message)));
        store.replaceItems(instance, section.index(), ExportStore.ALARM, bodies);
    }
}
