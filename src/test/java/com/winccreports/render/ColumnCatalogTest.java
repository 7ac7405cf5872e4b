package com.winccreports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.render.excel.ExcelTemplateCheck;
import com.winccreports.render.pdf.PdfSection;
import com.winccreports.render.pdf.SectionTypes;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one column catalog: Excel, PDF, {@code templates check} and docs/reports.md name the same columns. */
class ColumnCatalogTest {

    private static final Path TEMPLATES = Path.of("report-templates");

    @Test
    void anUnknownTableOrColumnIsAnErrorThatNamesTheKnownOnes() {
        assertThatThrownBy(() -> ColumnCatalog.table("statistic")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown table 'statistic'").hasMessageContaining("statistics");
        assertThatThrownBy(() -> ColumnCatalog.table("statistics").require("outside"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown column 'outside'").hasMessageContaining("outsideMinutes");
        var context = new CatalogContext(DemoShiftReports.create(DemoReportOptions.defaults()),
                ReportMessages.load(TEMPLATES, Locale.ENGLISH));
        assertThatThrownBy(() -> ColumnCatalog.table("kpis").cells(context, List.of("name", "colour")).toList())
                .hasMessageContaining("unknown column 'colour'");
    }

    @Test
    void theListedTableNamesAreExactlyTheCatalogsTables() {
        for (String table : ColumnCatalog.tableNames()) {
            assertThat(ColumnCatalog.find(table)).as(table).isPresent();
            assertThat(ColumnCatalog.table(table).name()).isEqualTo(table);
        }
        assertThat(ColumnCatalog.tableNames()).doesNotHaveDuplicates().hasSize(18);
    }

    @Test
    void excelTemplatesAndPdfLayoutsAcceptTheSameNamesAndRejectTheSameOthers() {
        ExcelTemplateCheck excel = new ExcelTemplateCheck(Set.of(), Set.of("oee"), Set.of("Early"));
        for (Map.Entry<String, String> section : SectionTypes.TABLES.entrySet()) {
            var table = ColumnCatalog.table(section.getValue());
            for (String column : table.names()) {
                assertThat(SectionTypes.problems(section(section.getKey(), column))).as(column).isEmpty();
                assertThat(excelProblem(excel, table.name(), column)).as(column).isNull();
            }
            for (String legacy : List.of("outside", "kpi", "batch", "colour")) {
                if (!table.knows(legacy)) {
                    assertThat(SectionTypes.problems(section(section.getKey(), legacy))).as(legacy).isNotEmpty();
                    assertThat(excelProblem(excel, table.name(), legacy)).as(legacy).contains("unknown column");
                }
            }
        }
    }

    @Test
    void everyColumnHasAHeaderAndTheGermanOnesAreTranslated() {
        ReportMessages en = ReportMessages.load(TEMPLATES, Locale.ENGLISH);
        Map<String, String> german = ReportMessages.read(TEMPLATES.resolve("messages_de.properties"));
        Set<String> international = Set.of("column.cp", "column.cpk", "column.symbol", "column.code");
        for (String name : ColumnCatalog.tableNames()) {
            for (String column : ColumnCatalog.table(name).names()) {
                String key = ColumnCatalog.headerKey(name, column);
                assertThat(en.has(key)).as(name + "." + column + " → " + key).isTrue();
                if (!international.contains(key)) {
                    assertThat(german).as(name + "." + column + " → " + key + " in German").containsKey(key);
                }
            }
        }
    }

    @Test
    void docsListEveryTableWithExactlyItsColumns() throws IOException {
        String docs = Files.readString(Path.of("docs/reports.md"));
        String catalog = docs.substring(docs.indexOf("<!-- catalog:begin -->"), docs.indexOf("<!-- catalog:end -->"));
        Map<String, List<String>> documented = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\| ([^|]+) \\|").matcher(catalog);
        while (row.find()) {
            List<String> columns = new ArrayList<>();
            Matcher column = Pattern.compile("`([A-Za-z.<>]+)`").matcher(row.group(2));
            while (column.find()) {
                columns.add(column.group(1));
            }
            documented.put(row.group(1), columns);
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        ColumnCatalog.tableNames().forEach(t -> expected.put(t, ColumnCatalog.table(t).names()));

        assertThat(documented).isEqualTo(expected);
    }

    private static PdfSection section(String type, String column) {
        return new PdfSection(type, null, List.of(column), null, null, null, 0, false);
    }

    private static String excelProblem(ExcelTemplateCheck check, String table, String column) {
        try {
            Path file = Files.createTempFile("catalog", ".xlsx");
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
                var sheet = workbook.createSheet("S");
                sheet.createRow(0).createCell(0).setCellValue("${line} ${period} ${report.id} ${report.version}");
                sheet.createRow(1).createCell(0).setCellValue("${table:" + table + "." + column + "}");
                try (var out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }
            var findings = check.check(file);
            Files.delete(file);
            return findings.isEmpty() ? null : findings.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
