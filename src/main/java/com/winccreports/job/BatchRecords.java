package com.winccreports.job;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.job.read.SourceLookup;
import com.winccreports.system.HomeFolder;
import com.winccreports.wincc.RecordFilter;
import com.winccreports.wincc.UserArchiveRecord;
import com.winccreports.wincc.WinccSources;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The batches a job can be asked for, read from its batch user archive ({@code userArchive:} of the job file,
 * e.g. {@code BatchRecords}) through the job's WinCC source — what a batch picker offers and how a requested batch
 * id becomes the period {@code [start, end)} it ran in. Callers need nothing of the WinCC client.
 */
public final class BatchRecords {

    /** At most this many batches are offered for one look-up: a picker is not a report. */
    public static final int MAX_LISTED = 500;

    private final HomeFolder home;
    private final WinccSources sources;

    public BatchRecords(HomeFolder home, WinccSources sources) {
        this.home = home;
        this.sources = sources;
    }

    /** One batch as a picker shows it; {@code end} is null while the batch is still running. */
    public record Batch(String batchId, String line, String product, String recipe, Instant start, Instant end) {
    }

    /**
     * The batches of {@code jobName} that started in {@code [from, to)}, oldest first, at most {@link #MAX_LISTED};
     * empty when the job has no batch archive.
     */
    public List<Batch> startedBetween(String jobName, Instant from, Instant to) {
        JobDefinition job = Definitions.load(home).job(jobName);
        UserArchiveSelection archive = job.userArchive();
        if (archive == null) {
            return List.of();
        }
        String start = archive.field("start");
        RecordFilter filter = RecordFilter.none().and(start, RecordFilter.Op.GE, from)
                .and(start, RecordFilter.Op.LT, to);
        return read(job, archive, filter);
    }

    /** The batch {@code batchId} of {@code jobName}, the newest if the archive holds it more than once. */
    public Optional<Batch> find(String jobName, String batchId) {
        JobDefinition job = Definitions.load(home).job(jobName);
        UserArchiveSelection archive = job.userArchive();
        if (archive == null) {
            return Optional.empty();
        }
        RecordFilter filter = RecordFilter.none().and(archive.field("batchId"), RecordFilter.Op.EQ, batchId);
        List<Batch> batches = read(job, archive, filter);
        return batches.isEmpty() ? Optional.empty() : Optional.of(batches.get(batches.size() - 1));
    }

    private List<Batch> read(JobDefinition job, UserArchiveSelection archive, RecordFilter filter) {
        List<UserArchiveRecord> records = SourceLookup.client(sources, job.source()).userArchives()
                .records(archive.name(), filter, java.util.OptionalLong.empty(), MAX_LISTED).records();
        return records.stream().map(record -> batch(archive, record))
                .filter(batch -> batch.batchId() != null && batch.start() != null)
                .sorted(Comparator.comparing(Batch::start)).toList();
    }

    private static Batch batch(UserArchiveSelection archive, UserArchiveRecord record) {
        return new Batch(record.getString(archive.field("batchId")), record.getString(archive.field("line")),
                record.getString(archive.field("product")), record.getString(archive.field("recipe")),
                record.getInstant(archive.field("start")), record.getInstant(archive.field("end")));
    }
}
