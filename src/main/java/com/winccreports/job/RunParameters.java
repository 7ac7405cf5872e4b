package com.winccreports.job;

import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.publication.PackageManifest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of one report run. Identifying: definition, period ({@code from}, {@code to}, label),
 * lines and version — so the same report asked for again finds its job instance (and is refused or
 * restarted) instead of silently running twice. Not identifying: the period's kind, grid size and who ran it.
 * A preliminary report (its period had not ended) is version 0 with the instant it was asked for
 * ({@code asOf}, identifying), so each is a run of its own and none is ever taken for the period's final v1.
 * {@code identifiedBy} (not identifying) says how {@code runBy} is known: {@link #OS_USER}, {@link #SIGNED_IN} or
 * {@link #SCHEDULER}; null (and in executions made before it was kept) is told from {@code runBy}.
 */
public record RunParameters(String definition, ReportPeriod period, List<String> lines, int version,
        int gridSize, String runBy, String batch, List<String> formats, Instant asOf, String identifiedBy) {

    /** {@code runBy} is the command line's operating-system user (the manifest's own name for it). */
    public static final String OS_USER = PackageManifest.Requester.OS_USER;
    /** {@code runBy} signed in to the web page or the API. */
    public static final String SIGNED_IN = PackageManifest.Requester.SIGNED_IN;
    /** The nightly service ran it ({@code runBy} "scheduler"). */
    public static final String SCHEDULER = PackageManifest.Requester.SCHEDULER;

    static final String DEFINITION = "definition";
    static final String FROM = "from";
    static final String TO = "to";
    static final String PERIOD = "period";
    static final String PERIOD_KIND = "periodKind";
    static final String LINES = "lines";
    static final String VERSION = "version";
    static final String GRID_SIZE = "gridSize";
    static final String RUN_BY = "runBy";
    static final String BATCH = "batch";
    static final String FORMATS = "formats";
    static final String AS_OF = "asOf";
    static final String IDENTIFIED_BY = "runByIdentifiedBy";

    /** The version of a preliminary report (its folder is {@code preliminary/}, outside the numbering). */
    public static final int PRELIMINARY = 0;

    public RunParameters {
        lines = List.copyOf(lines);
        formats = formats == null ? List.of() : List.copyOf(formats);
        identifiedBy = identifiedBy != null ? identifiedBy : SCHEDULER.equals(runBy) ? SCHEDULER : OS_USER;
        if ((version == PRELIMINARY) != (asOf != null)) {
            throw new IllegalArgumentException("a preliminary report (version 0) and only it has an asOf instant");
        }
    }

    /** A final (versioned) report of a period given by the caller, in the job's formats. */
    public RunParameters(String definition, ReportPeriod period, List<String> lines, int version, int gridSize,
            String runBy) {
        this(definition, period, lines, version, gridSize, runBy, null, List.of(), null, null);
    }

    /** Whether this is a preliminary report of a period that had not ended at {@link #asOf()}. */
    public boolean preliminary() {
        return version == PRELIMINARY;
    }

    /** The parameters of a preliminary report asked for at {@code now}. */
    public RunParameters asPreliminary(Instant now) {
        return new RunParameters(definition, period, lines, PRELIMINARY, gridSize, runBy, batch, formats,
                now.truncatedTo(ChronoUnit.MILLIS), identifiedBy);
    }

    /** The lines as one identifying value: comma-separated, {@code *} for "every line of the job". */
    public String linesKey() {
        return lines.isEmpty() ? "*" : String.join(",", lines);
    }

    /**
     * The batch id (not identifying: the period's label {@code batch-<id>} is) and the formats (identifying: another
     * choice of files is another package) are added only when given, so runs without them keep the identity they
     * had before these parameters existed.
     */
    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(DEFINITION, definition)
                .addString(FROM, period.from().toString())
                .addString(TO, period.to().toString())
                .addString(PERIOD, period.label())
                .addString(PERIOD_KIND, period.kind().name(), false)
                .addString(LINES, linesKey())
                .addLong(VERSION, (long) version)
                .addLong(GRID_SIZE, (long) gridSize, false)
                .addString(RUN_BY, runBy, false)
                .addString(IDENTIFIED_BY, identifiedBy, false);
        if (batch != null) {
            builder.addString(BATCH, batch, false);
        }
        if (!formats.isEmpty()) {
            builder.addString(FORMATS, String.join(",", formats));
        }
        if (asOf != null) {
            builder.addString(AS_OF, asOf.toString());
        }
        return builder.toJobParameters();
    }

    public static RunParameters of(JobParameters parameters) {
        String lines = parameters.getString(LINES, "*");
        return new RunParameters(parameters.getString(DEFINITION),
                new ReportPeriod(PeriodKind.valueOf(parameters.getString(PERIOD_KIND, PeriodKind.RANGE.name())),
                        parameters.getString(PERIOD), Instant.parse(parameters.getString(FROM)),
                        Instant.parse(parameters.getString(TO))),
                "*".equals(lines) ? List.of() : Arrays.asList(lines.split(",")),
                parameters.getLong(VERSION).intValue(), parameters.getLong(GRID_SIZE, 1L).intValue(),
                parameters.getString(RUN_BY, "unknown"), parameters.getString(BATCH),
                parameters.getString(FORMATS) == null ? List.of() : Arrays.asList(parameters.getString(FORMATS).split(",")),
                parameters.getString(AS_OF) == null ? null : Instant.parse(parameters.getString(AS_OF)),
                parameters.getString(IDENTIFIED_BY));
    }

    /** From the map job-scoped beans see ({@code #{jobParameters}}). */
    public static RunParameters of(java.util.Map<String, Object> values) {
        org.springframework.batch.core.job.parameters.JobParametersBuilder builder = new JobParametersBuilder();
        values.forEach((name, value) -> {
            if (value instanceof Number number) {
                builder.addLong(name, number.longValue());
            } else if (value != null) {
                builder.addString(name, value.toString());
            }
        });
        return of(builder.toJobParameters());
    }

    public RunParameters withVersion(int newVersion) {
        return new RunParameters(definition, period, lines, newVersion, gridSize, runBy, batch, formats,
                newVersion == PRELIMINARY ? asOf : null, identifiedBy);
    }
}
