package com.winccreports.web;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.BatchRecords;
import com.winccreports.job.RunAdmission;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.PeriodPolicy;
import com.winccreports.period.ReportPeriod;
import com.winccreports.system.HomeFolder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Checks a {@link RunRequest} against the job definitions and turns it into a {@link ResolvedRequest}; anything
 * wrong is an {@link InvalidParameterException} naming the parameter and what would be right.
 */
public final class RunRequestResolver {

    private final HomeFolder home;
    private final BatchRecords batches;
    private final Clock clock;

    public RunRequestResolver(HomeFolder home, BatchRecords batches, Clock clock) {
        this.home = home;
        this.batches = batches;
        this.clock = clock;
    }

    public ResolvedRequest resolve(RunRequest request) {
        if (!request.unknown().isEmpty()) {
            String name = request.unknown().keySet().iterator().next();
            throw new InvalidParameterException(name, "'" + name + "' is not a field of a request; its fields: "
                    + String.join(", ", RunRequest.FIELDS));
        }
        if (request.job() == null || request.job().isBlank()) {
            throw new InvalidParameterException("job", "job is required: the name of a job file in jobs/");
        }
        Definitions definitions = definitions();
        JobDefinition job = job(definitions, request.job());
        SiteDefinition site = definitions.siteOf(job);
        Span span = period(request, job, site);
        ReportPeriod period = span.period();
        judge(job, period);
        List<String> jobLines = job.linesOf(site);
        List<String> lines = lines(request.lines(), jobLines);
        boolean allLines = lines.equals(jobLines);
        if (exports(job) && span.batchLine() != null && jobLines.contains(span.batchLine())) {
            // an export of a batch holds the line the batch ran on, as 'run <job> --batch' does
            if (!lines.contains(span.batchLine())) {
                throw new InvalidParameterException("lines", "batch " + request.batch() + " ran on line "
                        + span.batchLine() + ": ask for that line, or leave lines out");
            }
            lines = List.of(span.batchLine());
            allLines = true;   // the run is the batch's, with the job's lines as the command line asks for it
        }
        List<String> formats = formats(request.formats(), job);
        return new ResolvedRequest(job.name(), kindName(job.kind()), period, request.batch(), lines,
                allLines, formats, formats.equals(job.publishedFormats()), request.reissue());
    }

    /**
     * Refuses a period the job would not publish as a version: one that has not started or not ended yet (the
     * page and the API publish versions only; the command line makes preliminary reports), or one longer than
     * the job's {@code maxPeriod} — before it takes a place in the queue.
     */
    private void judge(JobDefinition job, ReportPeriod period) {
        Instant now = clock.instant();
        PeriodPolicy.Verdict verdict = RunAdmission.policy(job).judge(period.from(), period.to(),
                period.label(), now);
        if (verdict instanceof PeriodPolicy.Verdict.Refused refused) {
            throw new InvalidParameterException("period", refused.reason());
        }
        if (verdict instanceof PeriodPolicy.Verdict.Preliminary) {
            throw new InvalidParameterException("period", "the period " + period.label() + " ends at "
                    + period.to() + ", which has not come yet (now: " + now.truncatedTo(ChronoUnit.SECONDS)
                    + "): ask for it once it has ended");
        }
    }

    private Definitions definitions() {
        return HomeJobs.load(home);
    }

    private static JobDefinition job(Definitions definitions, String name) {
        return HomeJobs.named(definitions, name, HttpStatus.BAD_REQUEST);
    }

    /** The period asked for, and the line of the batch when a batch was asked for (null when it names none). */
    private record Span(ReportPeriod period, String batchLine) {
    }

    private Span period(RunRequest request, JobDefinition job, SiteDefinition site) {
        int given = (request.day() != null ? 1 : 0) + (request.from() != null || request.to() != null ? 1 : 0)
                + (request.batch() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidParameterException("period", "give exactly one period: day (with shift for one shift), "
                    + "from and to, or batch");
        }
        if (request.shift() != null && request.day() == null) {
            throw new InvalidParameterException("shift", "shift names a shift of a day: give day too");
        }
        if (request.day() != null) {
            return new Span(request.shift() == null ? site.periods().productionDay(request.day())
                    : shift(site, request.day(), request.shift()), null);
        }
        if (request.batch() != null) {
            return batch(job, request.batch());
        }
        if (request.from() == null || request.to() == null) {
            throw new InvalidParameterException(request.from() == null ? "from" : "to",
                    "from and to go together: the period [from, to) as ISO-8601 instants");
        }
        if (!request.from().isBefore(request.to())) {
            throw new InvalidParameterException("to", "to (" + request.to() + ") must be after from ("
                    + request.from() + ")");
        }
        return new Span(site.periods().exactly(request.from(), request.to()), null);
    }

    private static ReportPeriod shift(SiteDefinition site, LocalDate day, String name) {
        List<ReportPeriod> shifts = shiftsOf(site, day);
        String suffix = "-" + name.toLowerCase(Locale.ROOT);
        return shifts.stream().filter(s -> s.label().toLowerCase(Locale.ROOT).endsWith(suffix)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("shift", "production day " + day
                        + " has no shift '" + name + "'; its shifts: "
                        + shifts.stream().map(ReportPeriod::label).toList()));
    }

    /** The working shifts of a production day, in order. */
    static List<ReportPeriod> shiftsOf(SiteDefinition site, LocalDate day) {
        ReportPeriod productionDay = site.periods().productionDay(day);
        List<ReportPeriod> shifts = new ArrayList<>();
        for (var at = productionDay.from(); at.isBefore(productionDay.to());) {
            ReportPeriod shift = site.periods().containing(PeriodKind.SHIFT, at);
            if (!shift.from().isBefore(productionDay.to())) {
                break;
            }
            shifts.add(shift);
            at = shift.to();
        }
        return shifts;
    }

    private Span batch(JobDefinition job, String batchId) {
        if (job.userArchive() == null) {
            throw new InvalidParameterException("batch", "job " + job.name() + " has no batch archive "
                    + "(userArchive: in its job file): ask for a day or a range instead");
        }
        BatchRecords.Batch batch;
        try {
            batch = batches.find(job.name(), batchId).orElseThrow(() -> new InvalidParameterException(
                    HttpStatus.NOT_FOUND, "batch", "no batch '" + batchId + "' in " + job.userArchive().name()));
        } catch (InvalidParameterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidParameterException(HttpStatus.BAD_GATEWAY, "batch",
                    "cannot read " + job.userArchive().name() + " from the job's WinCC source: " + e.getMessage());
        }
        if (batch.end() == null || !batch.end().isAfter(batch.start())) {
            throw new InvalidParameterException(HttpStatus.CONFLICT, "batch", "batch " + batchId
                    + " has not ended yet (no end time in " + job.userArchive().name() + ")");
        }
        // an export covers the batch with the job's margin on either side (as its run and its manifest say)
        Duration margin = exports(job) && job.export() != null ? job.export().batchMarginOrZero() : Duration.ZERO;
        return new Span(ReportPeriod.batch(batchId, batch.start().minus(margin), batch.end().plus(margin)),
                batch.line());
    }

    private static List<String> lines(List<String> requested, List<String> jobLines) {
        if (requested.isEmpty()) {
            return jobLines;
        }
        Set<String> wanted = new LinkedHashSet<>(requested);
        for (String line : wanted) {
            if (!jobLines.contains(line)) {
                throw new InvalidParameterException("lines", "line '" + line + "' is not reported by this job; "
                        + "its lines: " + jobLines);
            }
        }
        return jobLines.stream().filter(wanted::contains).toList();
    }

    /**
     * The formats of the run: the job's when none are asked for; an export writes any of its formats, a report
     * publishes all of its formats together in every version.
     */
    private static List<String> formats(List<String> requested, JobDefinition job) {
        List<String> published = job.publishedFormats();
        if (requested.isEmpty()) {
            return published;
        }
        Set<String> wanted = new LinkedHashSet<>();
        requested.forEach(f -> wanted.add(f.toLowerCase(Locale.ROOT)));
        for (String format : wanted) {
            if (!published.contains(format)) {
                throw new InvalidParameterException("formats", "format '" + format + "' is not published by job "
                        + job.name() + "; it publishes " + published);
            }
        }
        if (job.formatsSelectable()) {
            return published.stream().filter(wanted::contains).toList();
        }
        if (wanted.size() != published.size()) {
            throw new InvalidParameterException("formats", "job " + job.name() + " publishes " + published
                    + " together in every version; ask for all of them (or leave formats out)");
        }
        return published;
    }

    /** An export job: a batch is its own section (the batch's line, the job's margin), as for 'run --batch'. */
    private static boolean exports(JobDefinition job) {
        return job.kind() == JobDefinition.Kind.RECORD_EXPORT;
    }

    static String kindName(JobDefinition.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
