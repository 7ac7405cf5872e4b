package com.winccreports.recordexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.recordexport.Rfc4180;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageSealer;
import com.winccreports.publication.WrittenFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatRfc4180RequiresEndsRecordsWithCrlfAndWritesUtf8WithoutBom(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("t.csv");
        try (CsvWriter csv = new CsvWriter(file)) {
            csv.record(List.of("plain", "with,comma", "say \"hi\"", "two\r\nlines", "°C", ""));
            ValueText.number(csv.raw(), 1.5);
            csv.field("x").end();
            assertThat(csv.records()).isEqualTo(2);
        }
        byte[] bytes = Files.readAllBytes(file);

        assertThat(bytes[0]).isEqualTo((byte) 'p');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\r\nlines\",°C,\r\n1.5,x\r\n");
        assertThat(Rfc4180.read(file)).containsExactly(
                List.of("plain", "with,comma", "say \"hi\"", "two\r\nlines", "°C", ""), List.of("1.5", "x"));
    }

    @Test
    void aCsvMeasuredWhileWrittenIsDescribedExactlyAsTheSealerWouldReadItUnlessChangedSince(@TempDir Path folder)
            throws Exception {
        WrittenFiles written = new WrittenFiles();
        try (CsvWriter csv = new CsvWriter(folder.resolve("a.csv"), written)) {
            csv.record(List.of("time", "note"));
            for (int i = 0; i < 70_000; i++) { // more than one buffer of bytes
                csv.raw().append(i);
                csv.field(i % 7 == 0 ? "two\r\nlines, \"quoted\"" : i % 5 == 0 ? "°C µS 𝄞 €" : "plain").end();
            }
        }
        String longField = "ä,𝄞 x".repeat(40_000) + "\uD800"; // longer than the writer's buffer; a lone surrogate
        try (CsvWriter csv = new CsvWriter(folder.resolve("c.csv"), written)) {
            csv.record(List.of(longField, "after"));
        }
        try (CsvWriter csv = new CsvWriter(folder.resolve("b.csv"), written)) {
            csv.record(List.of("x"));
        }
        Files.writeString(folder.resolve("b.csv"), "y\r\n", java.nio.file.StandardOpenOption.APPEND);
        PackageSealer sealer = new PackageSealer(() -> {
            throw new AssertionError("describing needs no key");
        });

        List<PackageFile> measured = sealer.describe(folder, path -> "data", written);
        List<PackageFile> read = sealer.describe(folder, path -> "data");

        assertThat(measured).isEqualTo(read);
        assertThat(measured.get(0).rows()).containsExactly(new PackageFile.RowCount(null, 70_001));
        assertThat(measured.get(1).rows()).as("b.csv changed after it was written: read again")
                .containsExactly(new PackageFile.RowCount(null, 2));
        assertThat(Rfc4180.read(folder.resolve("a.csv")).get(6)).containsExactly("5", "°C µS 𝄞 €");
        assertThat(Rfc4180.read(folder.resolve("c.csv"))).containsExactly(
                List.of(longField.substring(0, longField.length() - 1) + "?", "after"));
        assertThat(Files.readAllBytes(folder.resolve("c.csv"))).isEqualTo(
                ("\"" + longField + "\",after\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
