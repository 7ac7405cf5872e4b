package com.winccreports.web;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.BatchRecords;
import com.winccreports.period.ReportPeriod;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The jobs of the home folder ({@code jobs/*.yaml}) as the API and the page offer them: what each reports
 * (kind, site, lines, formats), which shifts a day has, and the batches of its batch archive.
 */
public final class JobCatalog {

    /**
     * A job as a request form needs it; {@code formatsSelectable}: a run may ask for some of {@code formats} only
     * (an export), else every version holds all of them (a report).
     */
    public record JobView(String name, String kind, String description, String site, String zone,
            List<String> lines, List<String> formats, boolean formatsSelectable, String batchArchive,
            boolean scheduled) {
    }

    /** A job and its definition file as written. */
    public record JobDetail(JobView job, String file, String definition) {
    }

    private final HomeFolder home;
    private final BatchRecords batches;

    public JobCatalog(HomeFolder home, BatchRecords batches) {
        this.home = home;
        this.batches = batches;
    }

    public List<JobView> all() {
        Definitions definitions = definitions();
        return definitions.jobs().stream().map(job -> view(job, definitions.siteOf(job))).toList();
    }

    public JobDetail detail(String name) {
        Definitions definitions = definitions();
        JobDefinition job = job(definitions, name);
        try {
            var file = definitions.fileOf(job);
            return new JobDetail(view(job, definitions.siteOf(job)), home.root().relativize(file).toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the working shifts of production day {@code day} at the job's site, in order. */
    public List<String> shifts(String name, LocalDate day) {
        Definitions definitions = definitions();
        return RunRequestResolver.shiftsOf(definitions.siteOf(job(definitions, name)), day).stream()
                .map(shift -> shift.label().startsWith(day + "-") ? shift.label().substring(day.toString().length() + 1)
                        : shift.label()).toList();
    }

    /** The batches that started on production day {@code day} of the job's site. */
    public List<BatchRecords.Batch> batches(String name, LocalDate day) {
        Definitions definitions = definitions();
        ReportPeriod period = definitions.siteOf(job(definitions, name)).periods().productionDay(day);
        return batches(name, period.from(), period.to());
    }

    public List<BatchRecords.Batch> batches(String name, Instant from, Instant to) {
        JobDefinition job = job(definitions(), name);
        if (job.userArchive() == null) {
            throw new InvalidParameterException("job", "job " + name + " has no batch archive (userArchive:)");
        }
        try {
            return batches.startedBetween(name, from, to);
        } catch (RuntimeException e) {
            throw new InvalidParameterException(HttpStatus.BAD_GATEWAY, "job", "cannot read "
                    + job.userArchive().name() + " from the job's WinCC source: " + e.getMessage());
        }
    }

    private Definitions definitions() {
        return HomeJobs.load(home);
    }

    private static JobDefinition job(Definitions definitions, String name) {
        return HomeJobs.named(definitions, name, HttpStatus.NOT_FOUND);
    }

    private static JobView view(JobDefinition job, SiteDefinition site) {
        return new JobView(job.name(), RunRequestResolver.kindName(job.kind()), job.description(), site.name(),
                site.zone().getId(), job.linesOf(site),
                job.publishedFormats(), job.formatsSelectable(),
                job.userArchive() == null ? null : job.userArchive().name(),
                job.schedule().after() != null || job.schedule().cron() != null);
    }
}
