package com.winccreports.simulator;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The contract's window paging (§3), written independently in test code: ask [cursor, to], continue from
 * the last timestamp received, drop the values already seen at it, stop when a page brings nothing new;
 * finally drop values stamped exactly {@code to} (half-open periods).
 */
final class ArchivePager {

    record Value(long timestamp, double value, int quality) {
    }

    private ArchivePager() {
    }

    static List<Value> readAll(SimulatorHttp http, String archive, String tag, Instant from, Instant to, int pageSize) {
        List<Value> all = new ArrayList<>();
        Instant cursor = from;
        int seenAtCursor = 0;
        for (int guard = 0; guard < 1_000_000; guard++) {
            HttpResponse<byte[]> r = http.archiveValues(archive, "?timeFrom=" + cursor + "&timeTo=" + to
                    + "&maxValues=" + pageSize, tag);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("status " + r.statusCode());
            }
            List<Value> page = parse(SimulatorHttp.JSON.readTree(r.body()).get(0));
            int skip = 0;
            while (skip < page.size() && skip < seenAtCursor && page.get(skip).timestamp() == cursor.toEpochMilli()) {
                skip++;
            }
            List<Value> fresh = page.subList(skip, page.size());
            if (fresh.isEmpty()) {
                break;
            }
            all.addAll(fresh);
            long last = all.get(all.size() - 1).timestamp();
            if (page.size() == pageSize && page.get(0).timestamp() == last && skip > 0) {
                throw new IllegalStateException("more values at " + Instant.ofEpochMilli(last) + " than a page holds");
            }
            seenAtCursor = 0;
            for (int i = all.size() - 1; i >= 0 && all.get(i).timestamp() == last; i--) {
                seenAtCursor++;
            }
            cursor = Instant.ofEpochMilli(last);
        }
        all.removeIf(v -> v.timestamp() >= to.toEpochMilli());
        return all;
    }

    static List<Value> parse(JsonNode item) {
        List<Value> values = new ArrayList<>();
        for (JsonNode v : item.get("values")) {
            values.add(new Value(Instant.parse(v.get("timestamp").asString()).toEpochMilli(), v.get("value").asDouble(),
                    v.get("qualityCode").asInt()));
        }
        return values;
    }
}
