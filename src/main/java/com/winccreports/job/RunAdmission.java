package com.winccreports.job;

import com.winccreports.definition.DefinitionProblem;
import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.read.SourceLookup;
import com.winccreports.period.PeriodPolicy;
import com.winccreports.period.ReportPeriod;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.InvalidInputException;
import com.winccreports.system.SafeName;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decides whether a run may start, before it touches WinCC, the database or {@code output/}: the definitions
 * are valid, the job's WinCC source is configured, the job, line and period names are {@link SafeName safe},
 * the lines belong to the job, the {@link PeriodPolicy} accepts the period (refused when in the future or too
 * long, preliminary when not yet ended), and the job's kind finds nothing wrong ({@link RunCheck}: the shift
 * report's templates). Anything wrong is an {@link InvalidInputException} naming file, line and field or the
 * argument: exit 4. The command line calls it before a Spring context exists, the run service again for
 * every caller.
 */
public final class RunAdmission {

    /** A run that may start, with what was found on the way. */
    public record Admitted(JobDefinition job, SiteDefinition site, PeriodPolicy.Verdict verdict,
            List<String> warnings) {

        public boolean preliminary() {
            return verdict instanceof PeriodPolicy.Verdict.Preliminary;
        }
    }

    private final HomeFolder home;
    private final Clock clock;
    private final Optional<Set<String>> sources;
    private final Function<JobDefinition, RunCheck> checks;

    /**
     * @param sources the WinCC sources of the installation ({@code wincc-reports.sources.*}); empty when they
     *                are not known yet (the context start checks them then)
     * @param checks  the check of a job's kind
     */
    public RunAdmission(HomeFolder home, Clock clock, Optional<Set<String>> sources,
            Function<JobDefinition, RunCheck> checks) {
        this.home = home;
        this.clock = clock;
        this.sources = sources;
        this.checks = checks;
    }

    /** Admits a run of {@code jobName} for {@code period} and {@code lines} (empty: all of the job's lines). */
    public Admitted admit(String jobName, ReportPeriod period, List<String> lines) {
        SafeName.check("job name", jobName);
        return admit(Definitions.load(home), jobName, period, lines);
    }

    /** {@link #admit(String, ReportPeriod, List)} with the definitions the caller has already loaded. */
    public Admitted admit(Definitions definitions, String jobName, ReportPeriod period, List<String> lines) {
        JobDefinition job = job(definitions, jobName);
        SiteDefinition site = definitions.siteOf(job);
        checkLines(job, site, lines);
        SafeName.check("period label", period.label());
        PeriodPolicy.Verdict verdict = policy(job).judge(period.from(), period.to(), period.label(), clock.instant());
        if (verdict instanceof PeriodPolicy.Verdict.Refused refused) {
            throw new InvalidInputException(refused.reason());
        }
        List<String> warnings = new ArrayList<>(definitions.warnings().stream().map(DefinitionProblem::toString)
                .toList());
        warnings.addAll(checks.apply(job).check(definitions, job));
        return new Admitted(job, site, verdict, warnings);
    }

    /**
     * Admits a run of {@code jobName} for a batch as far as it can be checked before the batch's span is known
     * (from the batch-record user archive, through WinCC): the definitions, the job, its source and kind, the
     * lines, the kind's own check. The run service admits the span once it has it.
     */
    public void admitBatch(Definitions definitions, String jobName, List<String> lines) {
        JobDefinition job = job(definitions, jobName);
        if (!job.kind().batches()) {
            throw new InvalidInputException(JobKind.notForBatches(job));
        }
        checkLines(job, definitions.siteOf(job), lines);
        checks.apply(job).check(definitions, job);
    }

    /** The job {@code jobName} of {@code definitions}, whose WinCC source is configured. */
    private JobDefinition job(Definitions definitions, String jobName) {
        SafeName.check("job name", jobName);
        JobDefinition job = definitions.job(jobName);
        sources.filter(names -> !SourceLookup.known(names, job.source())).ifPresent(names -> {
            throw new InvalidInputException(definitions.problem(job, List.of("source"), "unknown WinCC source '"
                    + job.source() + "' (configured in config/application.yaml, wincc-reports.sources: "
                    + String.join(", ", new TreeSet<>(names)) + ")").toString());
        });
        return job;
    }

    /** The policy of {@code job}: its {@code maxPeriod}, else its kind's default. */
    public static PeriodPolicy policy(JobDefinition job) {
        return new PeriodPolicy(job.maxPeriod(), "maxPeriod in jobs/" + job.name() + ".yaml (default for "
                + job.kind().id() + ": P" + job.kind().defaultMaxPeriod().toDays() + "D)");
    }

    private static void checkLines(JobDefinition job, SiteDefinition site, List<String> lines) {
        List<String> known = job.linesOf(site);
        for (String line : lines) {
            SafeName.check("line", line);
            if (!known.contains(line)) {
                throw new InvalidInputException("line '" + line + "' is not reported by job " + job.name() + " "
                        + known + " (jobs/" + job.name() + ".yaml: lines)");
            }
        }
    }
}
