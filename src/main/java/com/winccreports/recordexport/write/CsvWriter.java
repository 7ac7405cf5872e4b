package com.winccreports.recordexport.write;

import com.winccreports.publication.WrittenFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted (with {@code "} doubled) only
 * when it holds a comma, a quote, CR or LF; UTF-8 without byte-order mark. Counts the records it writes; written
 * through {@link WrittenFiles}, the file's size, SHA-256 and records are known when it is closed, so sealing the
 * package does not read it again. Encodes UTF-8 itself into its own buffer (a raw export runs to hundreds of
 * megabytes; a {@code Writer}'s encoder was a tenth of the time).
 */
public final class CsvWriter implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final String file;
    private final OutputStream out;
    private final WrittenFiles.MeasuringStream measured;
    private final StringBuilder line = new StringBuilder(128);
    private final byte[] buffer = new byte[BUFFER];
    private char[] chars = new char[256];
    private int used;
    private boolean first = true;
    private long records;

    /** A CSV file written without measuring (its package reads it again when sealed). */
    public CsvWriter(Path file) {
        this.file = file.toString();
        this.measured = null;
        try {
            this.out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A CSV file measured while written: its size, SHA-256 and records go to {@code written} when closed. */
    public CsvWriter(Path file, WrittenFiles written) {
        this.file = file.toString();
        this.measured = written.create(file);
        this.out = measured;
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

    /**
     * The buffer of the current record after a separator, for fields a caller formats itself (numbers, times,
     * or text it has quoted with {@link #quoted(String)} once for many records).
     */
    public StringBuilder raw() {
        separate();
        return line;
    }

    /** Ends the current record. */
    public void end() {
        line.append('\r').append('\n');
        encode(line);
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
            try (OutputStream o = out) {
                flush();
                if (measured != null) {
                    measured.rows(records);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
    }

    private void separate() {
        if (!first) {
            line.append(',');
        }
        first = false;
    }

    /** UTF-8 of the record into the buffer (surrogate pairs as one 4-byte sequence, a lone surrogate as '?'). */
    private void encode(StringBuilder record) {
        int length = record.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        record.getChars(0, length, chars, 0); // one copy; StringBuilder.charAt per character was a quarter of the time
        char[] text = chars;
        int i = 0;
        while (i < length) {
            if (used >= BUFFER - 4) {
                flush();
            }
            // a run of ASCII as far as the buffer has room: the common case, a tight loop
            int end = Math.min(length, i + (BUFFER - 4 - used));
            while (i < end && text[i] < 0x80) {
                buffer[used++] = (byte) text[i++];
            }
            if (i < end) {
                i = encodeOne(text, i, length);
            }
        }
    }

    /** One character of two or more bytes at {@code i} (with its low surrogate); returns the index after it. */
    private int encodeOne(char[] text, int i, int length) {
        char c = text[i];
        if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | c >> 6);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text[i + 1])) {
            int cp = Character.toCodePoint(c, text[i + 1]);
            buffer[used++] = (byte) (0xF0 | cp >> 18);
            buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp & 0x3F);
            return i + 2;
        } else if (Character.isSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | c >> 12);
            buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        }
        return i + 1;
    }

    private void flush() {
        try {
            out.write(buffer, 0, used);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
        used = 0;
    }

    /** A text field as it goes into a record: quoted only when RFC 4180 requires it. */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        quoted(out, value);
        return out.toString();
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
