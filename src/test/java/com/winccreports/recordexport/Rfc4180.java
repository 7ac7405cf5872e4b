package com.winccreports.recordexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests, independent of the product's writer: comma-separated fields, CRLF record
 * ends, quoted fields with doubled quotes; anything else (a bare LF, a quote inside an unquoted field) fails.
 */
public final class Rfc4180 {

    private Rfc4180() {
    }

    public static List<List<String>> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (!(text.charAt(i) == '"' && (i + 1 == text.length() || text.charAt(i + 1) != '"'))) {
                    field.append(text.charAt(i));
                    i += text.charAt(i) == '"' ? 2 : 1;
                }
                i++;
            }
            while (i < text.length() && ",\r\n\"".indexOf(text.charAt(i)) < 0) {
                field.append(text.charAt(i++));
            }
            char c = text.charAt(i);
            record.add(field.toString());
            field.setLength(0);
            if (c == ',') {
                i++;
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                throw new IllegalArgumentException("not RFC 4180 at character " + i + ": '" + c + "'");
            }
        }
        return records;
    }
}
