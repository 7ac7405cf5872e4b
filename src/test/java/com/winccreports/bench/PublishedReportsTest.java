package com.winccreports.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.period.ReportPeriod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedReportsTest {

    @TempDir
    Path folder;

    @Test
    void takesTheFolderLineOfTheRunsOutput() {
        String output = "Published: execution 1, version v1, 10 values read in 1.0 s\nFolder: /h/output/shift-report/p/v1\n  /h/x.pdf\n";

        assertThat(PublishedReports.folderIn(output)).isEqualTo(Path.of("/h/output/shift-report/p/v1"));
    }

    @Test
    void acceptsRealPdfAndExcelFiles() throws Exception {
        Files.write(folder.resolve("r_L1.pdf"), "%PDF-1.7 …".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(folder.resolve("r_L1.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0});
        Files.writeString(folder.resolve("manifest.json"), "{}");

        assertThatCode(() -> PublishedReports.check(folder)).doesNotThrowAnyException();
    }

    @Test
    void refusesTheTextStandInsOfTheTestRenderer() throws Exception {
        Files.writeString(folder.resolve("r_L1.pdf"), "PDF demo L1 ReportPeriod[…]");
        Files.write(folder.resolve("r_L1.xlsx"), new byte[] {'P', 'K', 3, 4});

        assertThatThrownBy(() -> PublishedReports.check(folder)).hasMessageContaining("r_L1.pdf is not a real PDF");
    }

    @Test
    void refusesAFolderWithoutReports() throws Exception {
        Files.writeString(folder.resolve("manifest.json"), "{}");

        assertThatThrownBy(() -> PublishedReports.check(folder)).hasMessageContaining("no PDF or no Excel report");
    }
}
