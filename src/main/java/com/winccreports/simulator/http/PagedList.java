package com.winccreports.simulator.http;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The paged-list shape of docs/wincc-rest.md §5, in one place: {@code {"items":[...],"continuationPoint":N}}
 * where {@code N} (the offset of the next page) is absent on the last page. A real server's capture
 * can change it here.
 */
final class PagedList {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private PagedList() {
    }

    static <T> int write(HttpCall call, JsonBuffer out, List<T> items, BiConsumer<T, JsonBuffer> writer) {
        int limit = Math.min(call.positiveInt("itemLimit", DEFAULT_LIMIT), MAX_LIMIT);
        int offset = call.offset("continuationPoint");
        int end = (int) Math.min(items.size(), (long) offset + limit);
        out.raw("{\"items\":[");
        for (int i = offset; i < end; i++) {
            if (i > offset) {
                out.raw(',');
            }
            writer.accept(items.get(i), out);
        }
        out.raw(']');
        if (end < items.size()) {
            out.raw(",\"continuationPoint\":").number(end);
        }
        out.raw('}');
        return 200;
    }
}
