package com.winccreports.wincc;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Streaming parse of an archive values answer (docs/wincc-rest.md §3) straight into primitive columns.
 * Tolerant: unknown fields are skipped, a bare array or an object wrapping the list is accepted,
 * values and quality codes may be numbers or numeric strings, timestamps ISO-8601 or epoch millis.
 */
public final class ArchiveValuesParser {

    // FastDoubleParser: values are most of an answer's bytes
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    private final int expectedValuesPerTag;

    /** @param expectedValuesPerTag initial column capacity (the page size asked for) */
    public ArchiveValuesParser(int expectedValuesPerTag) {
        this.expectedValuesPerTag = expectedValuesPerTag;
    }

    /** One result per item of the answer, in answer order; a malformed answer throws {@link MalformedAnswerException}. */
    public List<TagResult> parse(InputStream body) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            return parseTop(parser);
        } catch (tools.jackson.core.JacksonException e) {
            throw new MalformedAnswerException("unreadable archive answer: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses an answer held in memory (benchmarks, tests). */
    public List<TagResult> parse(byte[] body) {
        return parse(new java.io.ByteArrayInputStream(body));
    }

    private List<TagResult> parseTop(JsonParser parser) {
        JsonToken first = parser.nextToken();
        List<TagResult> results = new ArrayList<>();
        if (first == JsonToken.START_ARRAY) {
            readItems(parser, results);
        } else if (first == JsonToken.START_OBJECT) {
            readWrapper(parser, results);
        } else {
            throw new MalformedAnswerException("archive answer is neither a list nor an object: " + first);
        }
        return results;
    }

    private void readWrapper(JsonParser parser, List<TagResult> results) {
        boolean single = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY && !"values".equals(name)) {
                readItems(parser, results);
            } else if ("variableName".equals(name) || "values".equals(name)) {
                single = true;
                parser.skipChildren();
            } else {
                parser.skipChildren();
            }
        }
        if (single && results.isEmpty()) {
            throw new MalformedAnswerException("archive answer is a single item, expected a list of items");
        }
    }

    private void readItems(JsonParser parser, List<TagResult> results) {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_OBJECT) {
                results.add(readItem(parser));
            } else {
                parser.skipChildren();
            }
        }
    }

    private TagResult readItem(JsonParser parser) {
        String tag = null;
        String error = null;
        ColumnBuilder columns = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (name) {
                case "variableName", "name" -> tag = token == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
                case "error" -> error = errorText(parser, token);
                case "values" -> columns = readValues(parser, token, tag);
                default -> parser.skipChildren();
            }
        }
        String label = tag == null ? "?" : tag;
        if (error != null && !error.isBlank()) {
            return new TagResult.Error(label, error);
        }
        return new TagResult.Values(columns == null ? ArchivePage.empty(label) : columns.build(label));
    }

    private static String errorText(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return parser.getValueAsString();
        }
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            JsonToken t = parser.nextToken();
            if (t == null) {
                throw new MalformedAnswerException("archive answer ends inside an error object");
            }
            depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            if (t.isScalarValue()) {
                text.append(text.isEmpty() ? "" : " ").append(parser.getValueAsString());
            }
        }
        return text.toString();
    }

    private ColumnBuilder readValues(JsonParser parser, JsonToken token, String tag) {
        ColumnBuilder columns = new ColumnBuilder(expectedValuesPerTag);
        if (token != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return columns;
        }
        ValueReader reader = new ValueReader(tag);
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (next == JsonToken.START_OBJECT) {
                reader.read(parser, columns);
            } else {
                parser.skipChildren();
            }
        }
        return columns;
    }
}
