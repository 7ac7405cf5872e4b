package com.winccreports.wincc;

import java.time.Instant;
import java.util.List;

/**
 * What a request is about — server, archive, tags, window — so that every failure message names them.
 *
 * @param source  configured source name
 * @param target  archive, user archive or alarm filter ({@code null} for lists)
 * @param tags    archive variables asked for (empty if none)
 * @param from    window start ({@code null} if none)
 * @param to      window end ({@code null} if none)
 */
public record RequestScope(String source, String target, List<String> tags, Instant from, Instant to) {

    public RequestScope {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A request without tags or window, e.g. a list of archives. */
    public static RequestScope of(String source, String target) {
        return new RequestScope(source, target, List.of(), null, null);
    }

    /** A request for values of tags of an archive in a window. */
    public static RequestScope archive(String source, String archive, List<String> tags, Instant from, Instant to) {
        return new RequestScope(source, archive, tags, from, to);
    }

    /** "server 'plant1', archive 'PVArchive', tag 'L1.Temperature', window [a, b]". */
    public String describe() {
        StringBuilder text = new StringBuilder("server '").append(source).append('\'');
        if (target != null) {
            text.append(", archive '").append(target).append('\'');
        }
        if (!tags.isEmpty()) {
            text.append(tags.size() == 1 ? ", tag '" + tags.get(0) + "'" : ", tags " + abbreviated());
        }
        if (from != null || to != null) {
            text.append(", window [").append(from == null ? "-" : from).append(", ")
                    .append(to == null ? "-" : to).append(']');
        }
        return text.toString();
    }

    private String abbreviated() {
        return tags.size() <= 5 ? tags.toString() : tags.subList(0, 5) + " and " + (tags.size() - 5) + " more";
    }
}
