package com.winccreports.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a file parses to, kept while its modification time and size stay as they were: a template or layout
 * is read and parsed once per JVM, and again after a plant engineer saves a new one. The values are shared
 * between threads, so they must be immutable (a template's bytes, a layout record) — never a workbook.
 *
 * @param <T> the parsed value
 */
public final class FileCache<T> {

    /** More files than any home folder's templates: past it the cache starts afresh. */
    static final int MAX_FILES = 64;

    /** Parses one file. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(Path file) throws IOException;
    }

    private record Entry<T>(FileTime modified, long size, T value) {
    }

    private final Parser<T> parser;
    private final ConcurrentHashMap<Path, Entry<T>> entries = new ConcurrentHashMap<>();

    public FileCache(Parser<T> parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** The parsed file: the kept value while the file is unchanged, else parsed now (and kept). */
    public T get(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        // read before parsing: a file changed while it is parsed is parsed again the next time
        BasicFileAttributes attributes = Files.readAttributes(key, BasicFileAttributes.class);
        Entry<T> entry = entries.get(key);
        if (entry != null && entry.modified().equals(attributes.lastModifiedTime())
                && entry.size() == attributes.size()) {
            return entry.value();
        }
        T value = parser.parse(file);
        if (entries.size() >= MAX_FILES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(attributes.lastModifiedTime(), attributes.size(), value));
        return value;
    }
}
