package com.winccreports.shiftreport.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.definition.Definitions;
import com.winccreports.render.TemplateCheck;
import com.winccreports.render.TemplateFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code templates check} against what the shipped jobs produce, not against a list of hoped-for keys. */
class TemplatesCommandTest {

    @TempDir
    Path dir;

    @Test
    void theShippedJobProducesTheKpisItsElementsAllowAndNoOthers() {
        JobTemplateKeys keys = JobTemplateKeys.of(Definitions.load(Path.of("jobs")));

        assertThat(keys.kpis()).contains("oee", "availability", "effectiveness", "qualityRatio", "mttr",
                "energyPerGoodUnit").doesNotContain("technicalEfficiency", "performance", "good", "downtime");
        assertThat(keys.shifts()).containsExactlyInAnyOrder("Early", "Late", "Night");
    }

    @Test
    void aTemplatePlaceholderTheJobsWouldLeaveUnfilledFailsTheCheck() throws IOException {
        Files.copy(Path.of("report-templates/messages.properties"), dir.resolve("messages.properties"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // what the template shipped before: KPI keys of a fixture, not of the product
            var sheet = workbook.createSheet("Report");
            sheet.createRow(0).createCell(0).setCellValue("${line} ${period} ${report.id} ${report.version}");
            sheet.createRow(1).createCell(0).setCellValue("${kpi.performance.name}");
            sheet.createRow(2).createCell(0).setCellValue("${kpi.technicalEfficiency}");
            sheet.createRow(3).createCell(0).setCellValue("${table:shifts.kpi.quality}");
            try (var out = Files.newOutputStream(dir.resolve("shift-report.xlsx"))) {
                workbook.write(out);
            }
        }
        JobTemplateKeys keys = JobTemplateKeys.of(Definitions.load(Path.of("jobs")));

        var findings = new TemplateCheck(keys.kpis(), keys.shifts()).check(dir).findings();

        assertThat(findings).extracting(TemplateFinding::toString)
                .anyMatch(f -> f.contains("Report!A2") && f.contains("'performance' is not produced"))
                .anyMatch(f -> f.contains("Report!A3") && f.contains("'technicalEfficiency' is not produced"))
                .anyMatch(f -> f.contains("Report!A4") && f.contains("'quality'"))
                .hasSize(3);
    }

    @Test
    void theShippedTemplatesAreFilledByWhatTheShippedJobsProduce() throws IOException {
        JobTemplateKeys keys = JobTemplateKeys.of(Definitions.load(Path.of("jobs")));

        assertThat(new TemplateCheck(keys.kpis(), keys.shifts()).check(Path.of("report-templates")).findings())
                .isEmpty();
        assertThat(Set.copyOf(keys.kpis())).isNotEmpty();
    }
}
