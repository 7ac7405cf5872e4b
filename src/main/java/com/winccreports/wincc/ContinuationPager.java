package com.winccreports.wincc;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Continuation-point paging of lists (archives, archive tags, user-archive records) — docs/wincc-rest.md §5, in
 * this one class so that a capture from a real server changes it in one place. Accepts
 * {@code {"items":[...],"continuationPoint":N}} (absent on the last page, sent back unchanged) and a
 * bare array (then: continue at {@code previous + size} while {@code size == itemLimit}).
 */
public final class ContinuationPager {

    /** Items asked per list request. */
    public static final int DEFAULT_ITEM_LIMIT = 500;

    private final WinccTransport transport;

    public ContinuationPager(WinccTransport transport) {
        this.transport = transport;
    }

    /** One page of the list at {@code path} ({@code extraQuery} already encoded, or empty). */
    public ListPage page(String path, String extraQuery, long continuationPoint, int itemLimit, RequestScope scope) {
        String url = path + "?itemLimit=" + itemLimit + "&continuationPoint=" + continuationPoint
                + (extraQuery.isEmpty() ? "" : "&" + extraQuery);
        JsonNode answer = transport.get(url, scope, body -> JsonBodies.MAPPER.readTree(body));
        return interpret(answer, continuationPoint, itemLimit, scope);
    }

    /** All items of the list, page after page. */
    public List<JsonNode> all(String path, RequestScope scope) {
        List<JsonNode> items = new ArrayList<>();
        OptionalLong next = OptionalLong.of(0);
        while (next.isPresent()) {
            ListPage page = page(path, "", next.getAsLong(), DEFAULT_ITEM_LIMIT, scope);
            items.addAll(page.items());
            if (page.next().isPresent() && page.next().getAsLong() == next.getAsLong()) {
                throw new WinccException(WinccException.Reason.MALFORMED_ANSWER, scope, 200,
                        "the continuation point " + next.getAsLong() + " does not advance", null);
            }
            next = page.next();
        }
        return items;
    }

    /** Names of the listed items: the first present of {@code fields}, or the item itself if it is a string. */
    public List<String> names(String path, RequestScope scope, String... fields) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : all(path, scope)) {
            String name = item.isString() ? item.asString() : firstText(item, fields);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    static ListPage interpret(JsonNode answer, long continuationPoint, int itemLimit, RequestScope scope) {
        if (answer != null && answer.isArray()) {
            List<JsonNode> items = elements(answer);
            boolean more = items.size() >= itemLimit && !items.isEmpty();
            return new ListPage(items, more ? OptionalLong.of(continuationPoint + items.size()) : OptionalLong.empty());
        }
        if (answer == null || !answer.isObject()) {
            throw new WinccException(WinccException.Reason.MALFORMED_ANSWER, scope, 200,
                    "a list answer is neither an array nor an object", null);
        }
        JsonNode items = answer.get("items");
        if (items == null || !items.isArray()) {
            throw new WinccException(WinccException.Reason.MALFORMED_ANSWER, scope, 200,
                    "a list answer has no 'items' array", null);
        }
        JsonNode next = answer.get("continuationPoint");
        boolean more = next != null && !next.isNull() && !items.isEmpty();
        return new ListPage(elements(items), more ? OptionalLong.of(next.asLong()) : OptionalLong.empty());
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    private static String firstText(JsonNode item, String... fields) {
        for (String field : fields) {
            JsonNode value = item.get(field);
            if (value != null && !value.isNull()) {
                return value.asString();
            }
        }
        return null;
    }
}
