package com.winccreports.schedule;

import com.winccreports.period.ReportPeriod;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds a due period until the archive has caught up with its end, at most for the grace time; then
 * lets it run marked incomplete. Decides from the clock's instant only, so a test moves the clock and
 * the watermark instead of sleeping.
 */
public final class CompletenessGate {

    /** What to do with a due period now. */
    public sealed interface Decision {
    }

    /** The archive has the whole period: run it. */
    public record Ready(Instant archivedUntil) implements Decision {
    }

    /** Not yet: ask again at {@code recheckAt}. */
    public record Wait(Instant recheckAt, Optional<Instant> archivedUntil) implements Decision {
    }

    /** The grace time ran out: run it and mark the report incomplete. */
    public record GiveUp(Optional<Instant> archivedUntil) implements Decision {
    }

    /**
     * @param firstChecked when this period was first found short (or {@code now} on the first check)
     */
    public Decision decide(ReportPeriod period, Optional<Instant> archivedUntil, CompletenessWait wait,
            Instant firstChecked, Instant now) {
        if (archivedUntil.isPresent() && !archivedUntil.get().isBefore(period.to())) {
            return new Ready(archivedUntil.get());
        }
        Instant giveUpAt = firstChecked.plus(wait.grace());
        if (!now.isBefore(giveUpAt)) {
            return new GiveUp(archivedUntil);
        }
        Instant recheck = now.plus(wait.checkInterval());
        return new Wait(recheck.isBefore(giveUpAt) ? recheck : giveUpAt, archivedUntil);
    }

    /** Whether late data has completed a period that was published incomplete. */
    public boolean caughtUp(ReportPeriod period, Optional<Instant> archivedUntil) {
        return archivedUntil.isPresent() && !archivedUntil.get().isBefore(period.to());
    }
}
