package com.winccreports.wincc;

import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * One page of a paged list (docs/wincc-rest.md §5): its items and the continuation point of the next page,
 * empty on the last page.
 */
public record ListPage(List<JsonNode> items, OptionalLong next) {

    public ListPage {
        items = List.copyOf(items);
    }
}
