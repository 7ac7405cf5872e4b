package com.winccreports.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import com.winccreports.system.ConfinedFolder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each job's retention: published report folders under {@code output/<job>/} older than
 * {@code outputs} (by the newest file in them), staging rows and execution history older than
 * {@code staging} and {@code history}, and the scheduler's own ledger and delivery log with the history.
 * Only folders inside {@code output/<job>/} are ever deleted: the job's folder is resolved from its safe name
 * and every period folder is checked to lie inside it ({@link ConfinedFolder}) before it goes.
 */
public final class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    /** What one pass removed for one job. */
    public record Purged(String job, int outputFolders, int stagingRows, int executions, int ledgerRows) {
    }

    private final Clock clock;
    private final ConfinedFolder outputRoot;
    private final ScheduleLedger ledger;
    private final JobDataPurger jobData;

    public Housekeeping(Clock clock, Path outputRoot, ScheduleLedger ledger, JobDataPurger jobData) {
        this.clock = clock;
        this.outputRoot = new ConfinedFolder(outputRoot);
        this.ledger = ledger;
        this.jobData = jobData;
    }

    public List<Purged> purge(List<JobSchedule> jobs) {
        return jobs.stream().map(this::purge).toList();
    }

    public Purged purge(JobSchedule job) {
        Retention keep = job.spec().retention();
        Instant now = clock.instant();
        int folders = keep.outputs() == null ? 0 : purgeOutputs(job.job(), now.minus(keep.outputs()));
        int staging = keep.staging() == null ? 0 : jobData.purgeStaging(job.job(), now.minus(keep.staging()));
        int executions = keep.history() == null ? 0 : jobData.purgeHistory(job.job(), now.minus(keep.history()));
        int ledgerRows = keep.history() == null ? 0 : ledger.purge(job.job(), now.minus(keep.history()));
        Purged purged = new Purged(job.job(), folders, staging, executions, ledgerRows);
        if (folders + staging + executions + ledgerRows > 0) {
            LOG.info("housekeeping {}", purged);
        }
        return purged;
    }

    private int purgeOutputs(String job, Instant before) {
        ConfinedFolder jobFolder = new ConfinedFolder(outputRoot.resolve(job));
        if (!Files.isDirectory(jobFolder.root(), LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> periods = Files.list(jobFolder.root())) {
            for (Path period : periods.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (newestChange(period).isBefore(before)) {
                    deleteTree(jobFolder.inside(period));
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot purge " + jobFolder.root(), e);
        }
        return removed;
    }

    private static Instant newestChange(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(Housekeeping::modified).max(Instant::compareTo).orElse(Instant.MIN);
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
