package com.winccreports.simulator.http;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The user-archive namespace of docs/wincc-rest.md §4 ({@code /userArchive/...}): archive list, records with
 * filter, orderBy and continuation points, single records, insert (201; 409 on a duplicate ID),
 * update and delete.
 */
final class UserArchiveEndpoint {

    private final ServiceContext context;
    private final Map<String, UserArchiveStore> stores = new LinkedHashMap<>();

    UserArchiveEndpoint(ServiceContext context) {
        this.context = context;
        for (UserArchiveSchema schema : List.of(UserArchiveSchema.BATCH_RECORDS, UserArchiveSchema.RECIPES)) {
            stores.put(schema.name().toLowerCase(java.util.Locale.ROOT), new UserArchiveStore(schema, context.model()));
        }
    }

    int archives(HttpCall call, JsonBuffer out) {
        return PagedList.write(call, out, List.copyOf(stores.values()), (s, o) -> s.schema().writeDefinition(o));
    }

    int records(HttpCall call, JsonBuffer out) {
        UserArchiveStore store = store(call);
        Predicate<Map<String, Object>> filter = RecordFilter.parse(call.query("filter"), store.schema());
        Comparator<Map<String, Object>> order = RecordOrder.parse(call.query("orderBy"), store.schema());
        List<Map<String, Object>> rows = store.rows(context.visibleUntilMillis()).stream().filter(filter)
                .sorted(order).toList();
        return PagedList.write(call, out, rows, store::write);
    }

    int record(HttpCall call, JsonBuffer out) {
        UserArchiveStore store = store(call);
        store.write(existing(store, id(call)), out);
        return 200;
    }

    int insert(HttpCall call, JsonBuffer out) {
        UserArchiveStore store = store(call);
        JsonNode body = object(call);
        Map<String, Object> row = RowParser.parse(body, store.schema(), new LinkedHashMap<>());
        long visible = context.visibleUntilMillis();
        synchronized (store) {
            List<Map<String, Object>> rows = store.rows(visible);
            if (row.get("ID") == null) {
                long max = rows.stream().mapToLong(r -> (Long) r.get("ID")).max().orElse(0);
                row.put("ID", Math.max(store.schema().firstInsertId(), max + 1));
            } else if (rows.stream().anyMatch(r -> r.get("ID").equals(row.get("ID")))) {
                throw new ApiException(409, store.schema().name() + " already has a record with ID " + row.get("ID"), "ID");
            }
            stamp(call, row);
            store.put(row);
        }
        store.write(row, out);
        return 201;
    }

    int update(HttpCall call, JsonBuffer out) {
        UserArchiveStore store = store(call);
        long id = id(call);
        JsonNode body = object(call);
        Map<String, Object> row;
        synchronized (store) {
            row = RowParser.parse(body, store.schema(), new LinkedHashMap<>(existing(store, id)));
            if (!Long.valueOf(id).equals(row.get("ID"))) {
                throw ApiException.badParameter("ID", "in the body differs from the record's ID " + id);
            }
            stamp(call, row);
            store.put(row);
        }
        store.write(row, out);
        return 200;
    }

    int delete(HttpCall call, JsonBuffer out) {
        UserArchiveStore store = store(call);
        long id = id(call);
        synchronized (store) {
            Map<String, Object> row = existing(store, id);
            store.delete(id);
            store.write(row, out);
        }
        return 200;
    }

    private void stamp(HttpCall call, Map<String, Object> row) {
        row.put("LastAccess", context.clock().millis());
        row.put("LastUser", call.user());
    }

    private UserArchiveStore store(HttpCall call) {
        UserArchiveStore store = stores.get(call.segment(2).toLowerCase(java.util.Locale.ROOT));
        if (store == null) {
            throw ApiException.notFound("unknown user archive '" + call.segment(2) + "'");
        }
        return store;
    }

    private Map<String, Object> existing(UserArchiveStore store, long id) {
        Map<String, Object> row = store.row(id, context.visibleUntilMillis());
        if (row == null) {
            throw ApiException.notFound(store.schema().name() + " has no record with ID " + id);
        }
        return row;
    }

    private static long id(HttpCall call) {
        try {
            return Long.parseLong(call.segment(4));
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("id", "must be an integer, was '" + call.segment(4) + "'");
        }
    }

    private static JsonNode object(HttpCall call) {
        JsonNode body = call.json();
        if (!body.isObject()) {
            throw ApiException.badParameter("body", "must be a JSON object of field values");
        }
        return body;
    }
}
