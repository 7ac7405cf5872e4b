package com.winccreports.shiftreport.steps;

import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.shiftreport.ShiftWindow;
import com.winccreports.shiftreport.StagingJson;
import com.winccreports.shiftreport.staging.StagingStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step of every (re)start: pins the definition a run started with (a restart with a changed definition
 * fails — re-issue instead), records the data cut-off, and stages the values in force at the start of the
 * period and of every shift not preceded by a read one (bounding values). Runs again on restart; what it
 * staged before is kept.
 */
public final class PrepareTasklet implements Tasklet {

    public static final String DEFINITION_HASH = "definition.sha256";
    public static final String DATA_CUT_OFF = "data.cutOff";
    public static final String BOUNDS = "bounds";
    public static final String AFTER = "after";
    /** How far past the period an end bound is looked for when a tag's validity sets no limit. */
    static final Duration AFTER_LOOK_AHEAD = Duration.ofDays(1);

    private final Function<ChunkContext, ShiftReportRun> runs;
    private final Function<ShiftReportRun, String> definitionHash;
    private final ArchiveAccess archives;
    private final StagingStore store;
    private final Clock clock;

    public PrepareTasklet(Function<ChunkContext, ShiftReportRun> runs, Function<ShiftReportRun, String> definitionHash,
            ArchiveAccess archives, StagingStore store, Clock clock) {
        this.runs = runs;
        this.definitionHash = definitionHash;
        this.archives = archives;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ShiftReportRun run = runs.apply(chunkContext);
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        String hash = definitionHash.apply(run);
        if (job.containsKey(DEFINITION_HASH) && !hash.equals(job.getString(DEFINITION_HASH))) {
            throw new IllegalStateException("the job or site definition changed since this report was started ("
                    + job.getString(DEFINITION_HASH) + " → " + hash + "); restore it, or re-issue the period");
        }
        job.putString(DEFINITION_HASH, hash);
        if (!job.containsKey(DATA_CUT_OFF)) {
            job.putString(DATA_CUT_OFF, clock.instant().toString());
        }
        long instance = chunkContext.getStepContext().getJobInstanceId();
        if (store.result(instance, BOUNDS).isEmpty()) {
            store.putResult(instance, BOUNDS, StagingJson.write(bounds(run)));
        }
        if (store.result(instance, AFTER).isEmpty()) {
            store.putResult(instance, AFTER, StagingJson.write(after(run)));
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * tag → the first value at or after the period's end, for tags read with linear interpolation: the last
     * stretch of their time average is drawn towards it (OPC UA Part 13's end bound), within the tag's validity.
     */
    private Map<String, Sample> after(ShiftReportRun run) {
        Map<String, List<String>> byArchive = new LinkedHashMap<>();
        Map<String, Long> lookAhead = new LinkedHashMap<>();
        run.tags().forEach((tag, profile) -> {
            if (profile.tagKind() != TagKind.STATE && profile.interpolationMode() == Interpolation.LINEAR) {
                String archive = run.archived().get(tag).archive();
                byArchive.computeIfAbsent(archive, a -> new ArrayList<>()).add(tag);
                lookAhead.merge(archive, Math.min(profile.validityMillis(), AFTER_LOOK_AHEAD.toMillis()),
                        Math::max);
            }
        });
        Map<String, Sample> after = new TreeMap<>();
        Instant end = run.parameters().period().to();
        byArchive.forEach((archive, tags) -> after.putAll(archives.firstValuesAtOrAfter(run.job().source(), archive,
                tags, end, Duration.ofMillis(lookAhead.get(archive)))));
        return after;
    }

    /** tag → shift index → value in force at that shift's start, for shifts whose start no read covers. */
    private Map<String, Map<Integer, Sample>> bounds(ShiftReportRun run) {
        Map<String, Map<Integer, Sample>> bounds = new TreeMap<>();
        run.tags().keySet().forEach(tag -> bounds.put(tag, new TreeMap<>()));
        Map<String, List<String>> byArchive = new LinkedHashMap<>();
        run.archiveOfTag().forEach((tag, archive) -> byArchive.computeIfAbsent(archive, a -> new ArrayList<>()).add(tag));
        long previousEnd = Long.MIN_VALUE;
        for (ShiftWindow shift : run.shifts()) {
            if (shift.from() != previousEnd) {
                Instant at = Instant.ofEpochMilli(shift.from());
                byArchive.forEach((archive, tags) -> archives.boundingValues(run.job().source(), archive, tags, at)
                        .forEach((tag, sample) -> bounds.get(tag).put(shift.index(), sample)));
            }
            previousEnd = shift.to();
        }
        return bounds;
    }
}
