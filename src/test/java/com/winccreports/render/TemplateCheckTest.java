package com.winccreports.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCheckTest {

    private static final Path TEMPLATES = Path.of("report-templates");
    /** The KPIs the shipped demo job produces. */
    static final Set<String> KPIS = Set.of("availability", "effectiveness", "qualityRatio", "oee",
            "utilizationEfficiency", "nee", "scrapRatio", "reworkRatio", "throughputRate", "mtbf", "mttr",
            "energyPerGoodUnit");

    @TempDir
    Path dir;

    @Test
    void theCommittedTemplatesPass() throws IOException {
        TemplateCheck.Result result = new TemplateCheck(KPIS, Set.of("Early", "Late", "Night")).check(TEMPLATES);

        assertThat(result.findings()).isEmpty();
        assertThat(result.files()).extracting(p -> p.getFileName().toString())
                .contains("shift-report.xlsx", "shift-report.pdf-layout.yaml", "handover.pdf-layout.yaml");
    }

    @Test
    void unknownAndMissingPlaceholdersAndStrayMessageKeysAreFound() throws IOException {
        copyMessages();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("${label.sheet.nope}");
            sheet.createRow(0).createCell(0).setCellValue("${line} ${kpi.performance} ${kpi.oee.colour}");
            sheet.createRow(1).createCell(0).setCellValue("${table:shifts.label}");
            sheet.getRow(1).createCell(1).setCellValue("${table:kpis.value}");
            sheet.createRow(2).createCell(0).setCellValue("${shift.Evening.label} ${chart:pie}");
            try (var out = Files.newOutputStream(dir.resolve("custom.xlsx"))) {
                workbook.write(out);
            }
        }
        Files.writeString(dir.resolve("messages_de.properties"), "report.titel=Schichtbericht\n");

        var findings = new TemplateCheck(KPIS, Set.of("Early", "Late", "Night")).check(dir).findings();

        assertThat(findings).extracting(TemplateFinding::toString)
                .anyMatch(f -> f.contains("${label.sheet.nope}") && f.contains("no message"))
                .anyMatch(f -> f.contains("KPI 'performance' is not produced by the jobs"))
                .anyMatch(f -> f.contains("unknown KPI attribute"))
                .anyMatch(f -> f.contains("row 2") && f.contains("one table"))
                .anyMatch(f -> f.contains("unknown shift"))
                .anyMatch(f -> f.contains("unknown chart"))
                .anyMatch(f -> f.contains("missing placeholder ${period}"))
                .anyMatch(f -> f.contains("missing placeholder ${report.id}"))
                .anyMatch(f -> f.contains("messages_de.properties report.titel"));
    }

    @Test
    void theVerbExitsNonZeroOnProblemsAndZeroOnCleanTemplates() throws IOException {
        copyMessages();
        Files.writeString(dir.resolve("bad.pdf-layout.yaml"), "name: bad\nsections:\n  - type: coverpage\n");

        assertThat(Cli.execute("templates", "check", "--dir", dir.toString())).isEqualTo(1);
        assertThat(Cli.execute("templates", "check", "--dir", TEMPLATES.toString())).isZero();
    }

    private void copyMessages() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("messages.properties")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
