package com.winccreports.recordexport.plan;

import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import java.time.Duration;
import java.util.Optional;

/**
 * One archive tag of an export, resolved: its position in the export (column order, staging key), name, archive
 * with its logging cycle when the site gives one, and the profile the shift engine aggregates it with — the site's,
 * or for a tag found only by a wildcard an analog profile without a known cycle ({@code profiled} false: its gaps
 * cannot be told).
 */
public record ExportTag(int index, String name, String archive, Optional<Duration> archiveCycle, TagProfile profile,
        boolean profiled) {

    public String unit() {
        return profile.unit().orElse("");
    }

    public boolean analog() {
        return profile.tagKind() == TagKind.ANALOG;
    }
}
