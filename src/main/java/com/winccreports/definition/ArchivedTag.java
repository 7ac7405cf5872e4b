package com.winccreports.definition;

import com.winccreports.shift.aggregate.TagProfile;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A site's tag as a job reads it: the WinCC archive holding it, its logging cycle (cyclic tags; the watermark
 * and the expected value counts use it) and the shift engine's {@link TagProfile}.
 *
 * @param archive      WinCC process-value archive holding the tag
 * @param archiveCycle logging cycle of a cyclic tag; empty for an on-change tag
 * @param profile      how the shift engine aggregates the tag
 */
public record ArchivedTag(String archive, Optional<Duration> archiveCycle, TagProfile profile) {

    public ArchivedTag {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(archiveCycle, "archiveCycle");
        Objects.requireNonNull(profile, "profile");
    }
}
