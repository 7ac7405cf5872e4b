package com.winccreports.wincc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/** User archives through the REST namespace of docs/wincc-rest.md §4, paged by {@link ContinuationPager}. */
public final class RestUserArchives implements UserArchives {

    private final WinccTransport transport;
    private final ContinuationPager lists;

    public RestUserArchives(WinccTransport transport, ContinuationPager lists) {
        this.transport = transport;
        this.lists = lists;
    }

    @Override
    public List<ArchiveInfo> archives() {
        List<ArchiveInfo> archives = new ArrayList<>();
        for (JsonNode item : lists.all("/userArchive/Archives", RequestScope.of(source(), null))) {
            List<Field> fields = new ArrayList<>();
            JsonNode declared = item.get("fields");
            if (declared != null && declared.isArray()) {
                declared.forEach(f -> fields.add(new Field(text(f, "name"), text(f, "type"),
                        f.hasNonNull("length") ? f.get("length").asInt() : null)));
            }
            archives.add(new ArchiveInfo(text(item, "name"), fields));
        }
        return archives;
    }

    @Override
    public RecordPage records(String archive, RecordFilter filter, OptionalLong continuation, int limit) {
        RequestScope scope = RequestScope.of(source(), archive);
        String query = "orderBy=ID" + (filter.isEmpty() ? "" : "&filter=" + JsonBodies.query(filter.toRestFilter()));
        ListPage page = lists.page("/userArchive/Archive/" + JsonBodies.segment(archive) + "/Records", query,
                continuation.orElse(0), limit, scope);
        List<UserArchiveRecord> records = new ArrayList<>(page.items().size());
        for (JsonNode item : page.items()) {
            records.add(toRecord(item));
        }
        return new RecordPage(records, page.next());
    }

    private static UserArchiveRecord toRecord(JsonNode item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            fields.put(field.getKey(), scalar(field.getValue()));
        }
        return new UserArchiveRecord(fields);
    }

    private static Object scalar(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.isString() ? value.asString() : value.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private String source() {
        return transport.settings().name();
    }
}
