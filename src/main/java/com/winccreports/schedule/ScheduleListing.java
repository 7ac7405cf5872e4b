package com.winccreports.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The text of the {@code schedules} verb: per job its trigger, next firings and latest periods. */
public final class ScheduleListing {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final Clock clock;
    private final ScheduleLedger ledger;

    public ScheduleListing(Clock clock, ScheduleLedger ledger) {
        this.clock = clock;
        this.ledger = ledger;
    }

    public String render(List<JobSchedule> jobs, int nextCount, int lastCount) {
        StringBuilder text = new StringBuilder();
        if (jobs.isEmpty()) {
            return "no job in jobs/ has a schedule\n";
        }
        for (JobSchedule job : jobs) {
            renderJob(text, job, nextCount, lastCount);
        }
        return text.toString();
    }

    private void renderJob(StringBuilder text, JobSchedule job, int nextCount, int lastCount) {
        ScheduleSpec spec = job.spec();
        ZoneId zone = job.calendar().zone();
        text.append(job.job()).append(spec.enabled() ? "" : " (disabled)").append('\n')
                .append("  trigger   ").append(spec.trigger().describe()).append(" in ").append(zone).append('\n')
                .append("  catch-up  ").append(catchUp(spec.catchUp())).append('\n')
                .append("  wait      ").append(spec.completeness().grace().isZero() ? "none"
                        : "up to " + spec.completeness().grace() + (spec.completeness().reissueOnLateData()
                        ? ", re-issue on late data" : "")).append('\n');
        Instant after = ledger.cursor(job.job()).filter(c -> c.isAfter(clock.instant())).orElse(clock.instant());
        FiringSequence sequence = new FiringSequence(spec.trigger(), job.calendar());
        text.append("  next\n");
        for (int i = 0; i < nextCount; i++) {
            Firing firing = sequence.nextAfter(after).orElse(null);
            if (firing == null) {
                break;
            }
            text.append("    ").append(LOCAL.format(firing.at().atZone(zone))).append("  ")
                    .append(firing.period().label()).append('\n');
            after = firing.at();
        }
        List<LedgerEntry> recent = ledger.recent(job.job(), lastCount);
        text.append("  last").append(recent.isEmpty() ? " (none yet)" : "").append('\n');
        for (LedgerEntry entry : recent) {
            text.append(String.format("    %-18s %-10s %s%s%s%n", entry.period().label(), entry.state(),
                    entry.version() > 0 ? "v" + entry.version() : "",
                    entry.incomplete() ? " incomplete" : "",
                    entry.message().isEmpty() ? "" : "  " + entry.message()));
        }
    }

    private static String catchUp(CatchUp catchUp) {
        return switch (catchUp.policy()) {
            case ALL -> "all missed periods" + (catchUp.maxRuns() > 0 ? ", at most " + catchUp.maxRuns() : "");
            case LATEST -> "only the latest missed period";
            case NONE -> "none (missed periods are skipped and listed)";
        };
    }
}
