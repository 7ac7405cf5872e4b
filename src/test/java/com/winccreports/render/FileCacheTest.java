package com.winccreports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCacheTest {

    private static final FileTime SAVED = FileTime.from(Instant.parse("2026-11-24T06:00:00Z"));

    @TempDir
    Path dir;

    private final AtomicInteger parses = new AtomicInteger();
    private final FileCache<String> cache = new FileCache<>(file -> {
        parses.incrementAndGet();
        return Files.readString(file);
    });

    @Test
    void anUnchangedFileIsParsedOnceAndTheSameValueIsHandedOut() throws IOException {
        Path file = write("template-v1");

        String first = cache.get(file);
        String second = cache.get(dir.resolve(".").resolve(file.getFileName()));

        assertThat(second).isSameAs(first).isEqualTo("template-v1");
        assertThat(parses).hasValue(1);
    }

    @Test
    void aFileSavedAgainIsParsedAgainEvenAtTheSameSize() throws IOException {
        Path file = write("template-v1");
        cache.get(file);

        Files.writeString(file, "template-v2");   // same size: only the time tells
        Files.setLastModifiedTime(file, FileTime.from(SAVED.toInstant().plusSeconds(60)));

        assertThat(cache.get(file)).isEqualTo("template-v2");
        Files.writeString(file, "template v3, longer");
        Files.setLastModifiedTime(file, FileTime.from(SAVED.toInstant().plusSeconds(60)));   // same time: the size tells
        assertThat(cache.get(file)).isEqualTo("template v3, longer");
        assertThat(parses).hasValue(3);
    }

    @Test
    void aMissingFileFailsNamingItAndIsNotKept() throws IOException {
        Path file = dir.resolve("missing.xlsx");

        assertThatThrownBy(() -> cache.get(file)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("missing.xlsx");
        write("late");
        Files.move(dir.resolve("template.xlsx"), file);
        assertThat(cache.get(file)).isEqualTo("late");
    }

    @Test
    void threadsAskingAtOnceAllGetTheFilesContent() throws Exception {
        Path file = write("shared");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> values = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                values.add(pool.submit(() -> cache.get(file)));
            }
            for (Future<String> value : values) {
                assertThat(value.get(30, TimeUnit.SECONDS)).isEqualTo("shared");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(parses.get()).isBetween(1, 4);
    }

    @Test
    void pastItsLimitTheCacheStartsAfreshAndStillAnswers() throws IOException {
        for (int i = 0; i <= FileCache.MAX_FILES; i++) {
            Path file = dir.resolve("t" + i + ".xlsx");
            Files.writeString(file, "t" + i);
            assertThat(cache.get(file)).isEqualTo("t" + i);
        }
        assertThat(cache.get(dir.resolve("t0.xlsx"))).isEqualTo("t0");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("template.xlsx");
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, SAVED);
        return file;
    }
}
