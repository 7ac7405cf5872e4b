package com.winccreports.shiftreport;

import com.winccreports.job.RunOutcome;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TagStatistics;
import com.winccreports.shift.kpi.ElementValue;
import com.winccreports.shift.kpi.KpiResult;
import com.winccreports.shiftreport.merge.LineResult;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.shiftreport.steps.AlarmStatisticsTasklet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads back what a shift report run produced, for the tests that check it: the merged line results and alarm
 * statistics it staged, its published files (workbooks with POI, PDFs with PDFBox), and KPIs and their inputs.
 */
final class ReportReading {

    /** A run's staged line results and line alarm statistics by line, and its published files by name. */
    record Staged(Map<String, LineResult> lines, Map<String, AlarmStatistics> alarms, Map<String, byte[]> files) {

        /** Read while the run's context is open. */
        static Staged of(ConfigurableApplicationContext context, RunOutcome outcome, List<String> lines) {
            long instance = context.getBean(PublicationStore.class).byExecution(outcome.executionId())
                    .orElseThrow(() -> new AssertionError(outcome.message())).instanceId();
            StagingStore store = context.getBean(StagingStore.class);
            Map<String, LineResult> results = new LinkedHashMap<>();
            Map<String, AlarmStatistics> alarms = new LinkedHashMap<>();
            for (String line : lines) {
                results.put(line, StagingJson.read(store.result(instance, "line/" + line).orElseThrow(),
                        LineResult.class));
                alarms.put(line, StagingJson.read(store.result(instance, AlarmStatisticsTasklet.lineKey(line))
                        .orElseThrow(), AlarmStatistics.class));
            }
            alarms.put("site", StagingJson.read(store.result(instance, AlarmStatisticsTasklet.ALARMS).orElseThrow(),
                    AlarmStatistics.class));
            Map<String, byte[]> files = new LinkedHashMap<>();
            try {
                for (Path file : outcome.files()) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Staged(Map.copyOf(results), Map.copyOf(alarms), Map.copyOf(files));
        }
    }

    private ReportReading() {
    }

    /** A KPI's value as the engine computed it (ratios as fractions, times in seconds). */
    static double kpi(ShiftResult shift, String key) {
        return shift.kpi(key).map(KpiResult::value).orElseThrow(() -> new AssertionError("no KPI " + key));
    }

    /** The value of one input of one KPI of a shift, e.g. {@code input(shift, "availability", "plannedBusyTime")}. */
    static double input(ShiftResult shift, String kpi, String input) {
        KpiResult result = shift.kpi(kpi).orElseThrow(() -> new AssertionError("no KPI " + kpi));
        return result.inputs().stream().filter(i -> i.element().id().equals(input))
                .mapToDouble(ElementValue::value).findFirst()
                .orElseThrow(() -> new AssertionError("no input " + input + " in " + result.inputs()));
    }

    static TagStatistics statistics(ShiftResult shift, String tag) {
        return shift.statistics().stream().filter(s -> s.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new AssertionError("no statistics of " + tag));
    }

    /** Every number of a workbook, sheet by sheet and row by row (dates and times left out: they say when, not what). */
    static List<Double> numericCells(byte[] xlsx) {
        List<Double> numbers = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
                            numbers.add(cell.getNumericCellValue());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource as text. */
    static String resource(String name) {
        try (InputStream in = ReportReading.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
