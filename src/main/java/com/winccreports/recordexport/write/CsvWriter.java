package com.winccreports.recordexport.write;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted (with {@code "} doubled) only
 * when it holds a comma, a quote, CR or LF; UTF-8 without byte-order mark. Counts the records it writes.
 */
public final class CsvWriter implements Closeable {

    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(128);
    private boolean first = true;
    private long records;

    public CsvWriter(Path file) {
        try {
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                    1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes a whole record of text fields. */
    public void record(List<String> fields) {
        fields.forEach(this::field);
        end();
    }

    /** Appends one text field to the current record. */
    public CsvWriter field(String value) {
        separate();
        if (value != null) {
            quoted(line, value);
        }
        return this;
    }

    /** The buffer of the current record after a separator, for fields a caller formats itself (numbers, times). */
    public StringBuilder raw() {
        separate();
        return line;
    }

    /** Ends the current record. */
    public void end() {
        line.append("\r\n");
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a CSV record", e);
        }
        line.setLength(0);
        first = true;
        records++;
    }

    /** Records written, the header included. */
    public long records() {
        return records;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a CSV file", e);
        }
    }

    private void separate() {
        if (!first) {
            line.append(',');
        }
        first = false;
    }

    static void quoted(StringBuilder out, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        out.append('"');
    }
}
