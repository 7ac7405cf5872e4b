package com.winccreports.shiftreport;

import java.util.TreeSet;
import com.winccreports.definition.DefinitionProblem;
import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.shift.calendar.ShiftDefinitionSpec;
import com.winccreports.shiftreport.publish.ReportRenderer;
import com.winccreports.shiftreport.publish.TemplatePreflight;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.InvalidInputException;
import com.winccreports.system.SafeName;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a run may start, before it touches WinCC, the database or {@code output/}: the job's
 * definitions are valid, the job, line and period names are {@link SafeName safe}, the lines belong to the
 * job, the {@link PeriodPolicy} accepts the period (refused when in the future or too long, preliminary when
 * not yet ended), and the renderer's templates are present and sound. Anything wrong is an
 * {@link InvalidInputException} (or the definitions' own exception) naming file, field or argument: exit 4.
 * The command line calls it before a Spring context exists, the run service again for every caller.
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
    private final ReportRenderer renderer;
    private final Optional<Set<String>> sources;

    /**
     * @param sources the WinCC sources of the installation ({@code wincc-reports.sources.*}); empty when they
     *                are not known yet (the context start checks them then)
     */
    public RunAdmission(HomeFolder home, Clock clock, ReportRenderer renderer, Optional<Set<String>> sources) {
        this.home = home;
        this.clock = clock;
        this.renderer = renderer;
        this.sources = sources;
    }

    /** Admits a run of {@code jobName} for {@code period} and {@code lines} (empty: all of the job's lines). */
    public Admitted admit(String jobName, ReportPeriod period, List<String> lines) {
        SafeName.check("job name", jobName);
        Definitions definitions = Definitions.load(home);
        JobDefinition job = definitions.job(jobName);
        SiteDefinition site = definitions.siteOf(job);
        sources.filter(names -> !SourceLookup.known(names, job.source())).ifPresent(names -> {
            throw new InvalidInputException(definitions.problem(job, List.of("source"), "unknown WinCC source '"
                    + job.source() + "' (configured in config/application.yaml, wincc-reports.sources: "
                    + String.join(", ", new TreeSet<>(names)) + ")").toString());
        });
        List<String> known = job.linesOf(site);
        for (String line : lines) {
            SafeName.check("line", line);
            if (!known.contains(line)) {
                throw new InvalidInputException("line '" + line + "' is not reported by job " + jobName + " "
                        + known + " (jobs/" + jobName + ".yaml: lines)");
            }
        }
        SafeName.check("period label", period.label());
        PeriodPolicy.Verdict verdict = policy(job).judge(period.from(), period.to(), period.label(), clock.instant());
        if (verdict instanceof PeriodPolicy.Verdict.Refused refused) {
            throw new InvalidInputException(refused.reason());
        }
        TemplatePreflight.Result templates = renderer.preflight((field, problem) -> definitions.problem(job,
                List.of("report", field), problem).toString(), job.report(), shiftNames(site));
        if (!templates.ok()) {
            throw new InvalidInputException(templates.describe());
        }
        List<String> warnings = new ArrayList<>(definitions.warnings().stream().map(DefinitionProblem::toString)
                .toList());
        warnings.addAll(templates.warnings());
        return new Admitted(job, site, verdict, warnings);
    }

    /** The policy of {@code job}: its {@code maxPeriod}, else its kind's default. */
    public static PeriodPolicy policy(JobDefinition job) {
        return new PeriodPolicy(job.maxPeriod(), "maxPeriod in jobs/" + job.name() + ".yaml (default for "
                + job.kind().id() + ": P" + job.kind().defaultMaxPeriod().toDays() + "D)");
    }

    private static Set<String> shiftNames(SiteDefinition site) {
        return site.shifts() == null || site.shifts().pattern() == null ? Set.of()
                : site.shifts().pattern().stream().map(ShiftDefinitionSpec::name).collect(Collectors.toSet());
    }
}
