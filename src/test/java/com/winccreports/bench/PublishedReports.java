package com.winccreports.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Guards a warm figure against measuring the wrong renderers: every {@code .pdf} of a published version
 * must start with {@code %PDF-} and every {@code .xlsx} with a zip header. A Spring context started with
 * {@code target/test-classes} on the class path picks up test configurations (a text renderer marked
 * {@code @Primary}) and publishes plain-text stand-ins in no time; this check makes such a run fail.
 */
final class PublishedReports {

    private static final Pattern FOLDER = Pattern.compile("(?m)^Folder: (.+)$");
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private PublishedReports() {
    }

    /** The last "Folder: …" line a {@code run} command printed. */
    static Path folderIn(String output) {
        Matcher matcher = FOLDER.matcher(output);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1).strip();
        }
        if (found == null) {
            throw new IllegalStateException("no 'Folder: …' line in the run's output");
        }
        return Path.of(found);
    }

    /**
     * Fails unless {@code folder} holds at least one PDF and one Excel report, each a real one — or, for a CSV-only
     * export, CSV files that are not empty.
     */
    static void check(Path folder) throws IOException {
        List<Path> reports;
        List<Path> csvs;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.sorted().toList();
            reports = all.stream().filter(file -> name(file).endsWith(".pdf") || name(file).endsWith(".xlsx")).toList();
            csvs = all.stream().filter(file -> name(file).endsWith(".csv")).toList();
        }
        if (reports.isEmpty() && !csvs.isEmpty()) {
            for (Path csv : csvs) {
                if (Files.size(csv) == 0) {
                    throw new IllegalStateException(csv + " is empty");
                }
            }
            return;
        }
        if (reports.stream().noneMatch(file -> name(file).endsWith(".pdf"))
                || reports.stream().noneMatch(file -> name(file).endsWith(".xlsx"))) {
            throw new IllegalStateException(folder + " holds no PDF or no Excel report: " + reports);
        }
        for (Path report : reports) {
            byte[] expected = name(report).endsWith(".pdf") ? PDF : ZIP;
            if (!startsWith(report, expected)) {
                throw new IllegalStateException(report + " is not a real " + (expected == PDF ? "PDF" : "xlsx")
                        + " (test renderers on the class path? run with the bench classes only: bench/parts/warm.sh)");
            }
        }
    }

    private static boolean startsWith(Path file, byte[] prefix) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(prefix.length), prefix);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
