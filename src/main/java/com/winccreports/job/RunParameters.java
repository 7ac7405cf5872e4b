package com.winccreports.job;

import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of one report run. Identifying: definition, period ({@code from}, {@code to}, label),
 * lines and version — so the same report asked for again finds its job instance (and is refused or
 * restarted) instead of silently running twice. Not identifying: the period's kind, grid size and who ran it.
 */
public record RunParameters(String definition, ReportPeriod period, List<String> lines, int version,
        int gridSize, String runBy) {

    static final String DEFINITION = "definition";
    static final String FROM = "from";
    static final String TO = "to";
    static final String PERIOD = "period";
    static final String PERIOD_KIND = "periodKind";
    static final String LINES = "lines";
    static final String VERSION = "version";
    static final String GRID_SIZE = "gridSize";
    static final String RUN_BY = "runBy";

    public RunParameters {
        lines = List.copyOf(lines);
    }

    /** The lines as one identifying value: comma-separated, {@code *} for "every line of the job". */
    public String linesKey() {
        return lines.isEmpty() ? "*" : String.join(",", lines);
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(DEFINITION, definition)
                .addString(FROM, period.from().toString())
                .addString(TO, period.to().toString())
                .addString(PERIOD, period.label())
                .addString(PERIOD_KIND, period.kind().name(), false)
                .addString(LINES, linesKey())
                .addLong(VERSION, (long) version)
                .addLong(GRID_SIZE, (long) gridSize, false)
                .addString(RUN_BY, runBy, false)
                .toJobParameters();
    }

    public static RunParameters of(JobParameters parameters) {
        String lines = parameters.getString(LINES, "*");
        return new RunParameters(parameters.getString(DEFINITION),
                new ReportPeriod(PeriodKind.valueOf(parameters.getString(PERIOD_KIND, PeriodKind.RANGE.name())),
                        parameters.getString(PERIOD), Instant.parse(parameters.getString(FROM)),
                        Instant.parse(parameters.getString(TO))),
                "*".equals(lines) ? List.of() : Arrays.asList(lines.split(",")),
                parameters.getLong(VERSION).intValue(), parameters.getLong(GRID_SIZE, 1L).intValue(),
                parameters.getString(RUN_BY, "unknown"));
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
        return new RunParameters(definition, period, lines, newVersion, gridSize, runBy);
    }
}
