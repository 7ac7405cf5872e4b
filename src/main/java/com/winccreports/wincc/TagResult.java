package com.winccreports.wincc;

import java.util.Objects;

/** What the server answered for one tag of an archive request: its values, or its per-item error. */
public sealed interface TagResult {

    /** The tag this result is about. */
    String tag();

    /** The values of a tag, as one columnar page. */
    record Values(ArchivePage page) implements TagResult {
        public Values {
            Objects.requireNonNull(page, "page");
        }

        @Override
        public String tag() {
            return page.tag();
        }
    }

    /** A per-item error the server reported inside a 200 answer, e.g. "unknown archive variable". */
    record Error(String tag, String message) implements TagResult {
    }
}
