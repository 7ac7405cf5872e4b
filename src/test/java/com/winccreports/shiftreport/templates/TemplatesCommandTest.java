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
    void aJobProducesTheKpisItsElementsAllowAndNoOthers() throws IOException {
        JobTemplateKeys shipped = JobTemplateKeys.of(Definitions.load(Path.of("jobs")));
        JobTemplateKeys small = JobTemplateKeys.of(Definitions.load(smallJobHome()));

        assertThat(shipped.kpis()).contains("oee", "availability", "effectiveness", "qualityRatio", "mttr",
                "energyPerGoodUnit").doesNotContain("performance", "good", "downtime");
        assertThat(shipped.shifts()).containsExactlyInAnyOrder("Early", "Late", "Night");
        assertThat(small.kpis()).containsExactlyInAnyOrder("availability", "qualityRatio", "scrapRatio",
                "throughputRate");
    }

    @Test
    void aTemplatePlaceholderTheJobsWouldLeaveUnfilledFailsTheCheck() throws IOException {
        Files.copy(Path.of("report-templates/messages.properties"), dir.resolve("messages.properties"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // what the template shipped before: KPI keys of a fixture, not of the product
            var sheet = workbook.createSheet("Report");
            sheet.createRow(0).createCell(0).setCellValue("${line} ${period} ${report.id} ${report.version}");
            sheet.createRow(1).createCell(0).setCellValue("${kpi.performance.name}");
            sheet.createRow(2).createCell(0).setCellValue("${kpi.oee}");
            sheet.createRow(3).createCell(0).setCellValue("${table:shifts.kpi.quality}");
            try (var out = Files.newOutputStream(dir.resolve("shift-report.xlsx"))) {
                workbook.write(out);
            }
        }
        JobTemplateKeys keys = JobTemplateKeys.of(Definitions.load(smallJobHome()));

        var findings = new TemplateCheck(keys.kpis(), keys.shifts()).check(dir).findings();

        assertThat(findings).extracting(TemplateFinding::toString)
                .anyMatch(f -> f.contains("Report!A2") && f.contains("'performance' is not produced"))
                .anyMatch(f -> f.contains("Report!A3") && f.contains("'oee' is not produced"))
                .anyMatch(f -> f.contains("Report!A4") && f.contains("'quality'"))
                .hasSize(3);
    }

    /** Jobs folder with the shipped site and a job that maps running time, good and scrap counts only. */
    private Path smallJobHome() throws IOException {
        Path jobs = dir.resolve("jobs");
        com.winccreports.shiftreport.JobTestHome.copy(Path.of("jobs/schema"), jobs.resolve("schema"));
        com.winccreports.shiftreport.JobTestHome.copy(Path.of("jobs/sites"), jobs.resolve("sites"));
        Files.writeString(jobs.resolve("shift-report.yaml"), com.winccreports.shiftreport.JobTestHome.SMALL_JOB);
        return jobs;
    }

    @Test
    void theShippedTemplatesAreFilledByWhatTheShippedJobsProduce() throws IOException {
        JobTemplateKeys keys = JobTemplateKeys.of(Definitions.load(Path.of("jobs")));

        assertThat(new TemplateCheck(keys.kpis(), keys.shifts()).check(Path.of("report-templates")).findings())
                .isEmpty();
        assertThat(Set.copyOf(keys.kpis())).isNotEmpty();
    }
}
