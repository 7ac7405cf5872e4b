package com.winccreports.definition;

import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A YAML document parsed into a tree whose nodes remember their line, so schema and binding errors
 * found later can still say where in the file the offending value is.
 */
final class LocatedYaml {

    private final JsonNode root;
    private final List<String> lines;

    private LocatedYaml(JsonNode root, List<String> lines) {
        this.root = root;
        this.lines = lines;
    }

    static LocatedYaml parse(ObjectMapper yamlMapper, String text) {
        return new LocatedYaml(JsonNodes.readTree(yamlMapper, text, LocationJsonNodeFactoryFactory.getInstance()),
                text.lines().toList());
    }

    /**
     * The line of the key that ends {@code path} — for a block value the node's own line is the one below the key
     * (an unknown {@code exprot:} was placed at its first child); the node's line when the key is not found.
     */
    int keyLineOf(List<Object> path) {
        int line = lineOf(path);
        if (path.isEmpty() || !(path.get(path.size() - 1) instanceof String name)) {
            return line;
        }
        int parent = lineOf(path.subList(0, path.size() - 1));
        Pattern key = Pattern.compile("^\\s*(-\\s+)?[\"']?" + Pattern.quote(name) + "[\"']?\\s*:.*");
        for (int at = Math.min(line, lines.size()); at >= Math.max(1, parent); at--) {
            if (key.matcher(lines.get(at - 1)).matches()) {
                return at;
            }
        }
        return line;
    }

    JsonNode root() {
        return root;
    }

    /** The line of the deepest existing node along {@code path} (property names and indexes); 0 if unknown. */
    int lineOf(List<Object> path) {
        JsonNode node = root;
        int line = lineOfNode(root);
        for (Object element : path) {
            JsonNode next = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
            if (next == null || next.isMissingNode()) {
                break;
            }
            node = next;
            int nodeLine = lineOfNode(node);
            line = nodeLine > 0 ? nodeLine : line;
        }
        return line;
    }

    /** A dotted, human-readable field path: {@code tags[2].aggregates[0]}. */
    static String fieldName(List<Object> path) {
        StringBuilder field = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        return field.toString();
    }

    private static int lineOfNode(JsonNode node) {
        TokenStreamLocation location = JsonNodes.tokenStreamLocationOf(node);
        return location == null ? 0 : location.getLineNr();
    }
}
