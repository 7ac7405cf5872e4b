package com.winccreports.definition;

import java.util.List;
import java.util.Objects;

/**
 * A tag the report reads, with the aggregates it shows. {@code tag} may contain {@code {line}}, expanded
 * for every line of the job ({@code {line}.Temperature} → {@code L1.Temperature}, {@code L2.Temperature}).
 * Archive, cycle, unit and limits come from the site's tag profile. An export may name a wildcard ({@code *},
 * {@code ?}) resolved through the variable list of {@code archive}.
 */
public record TagSelection(String tag, List<String> aggregates, String label, String archive) {

    public static final String LINE_PLACEHOLDER = "{line}";

    public TagSelection {
        Objects.requireNonNull(tag, "tag");
        aggregates = aggregates == null ? List.of() : List.copyOf(aggregates);
    }

    /** The tag name for {@code line}. */
    public String tagFor(String line) {
        return tag.replace(LINE_PLACEHOLDER, line);
    }

    /** Whether the name holds a wildcard ({@code *} or {@code ?}) to match against an archive's variable list. */
    public boolean wildcard() {
        return tag.indexOf('*') >= 0 || tag.indexOf('?') >= 0;
    }

    public boolean perLine() {
        return tag.contains(LINE_PLACEHOLDER);
    }
}
