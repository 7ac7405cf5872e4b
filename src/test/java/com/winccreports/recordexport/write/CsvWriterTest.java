package com.winccreports.recordexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.recordexport.Rfc4180;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
