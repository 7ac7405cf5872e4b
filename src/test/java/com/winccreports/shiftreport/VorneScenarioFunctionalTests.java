package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.report.AlarmClassCount;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.KpiInput;
import com.winccreports.report.KpiResult;
import com.winccreports.report.PlannedStopProduction;
import com.winccreports.report.ShiftResult;
import com.winccreports.shiftreport.merge.LineResult;
import com.winccreports.shiftreport.staging.PublicationStore;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.shiftreport.steps.AlarmStatisticsTasklet;
import com.winccreports.simulator.SimulatorOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Vorne's published OEE example (vorne.com, "Calculate OEE") played by the simulator ({@code
 * jobs/plants/vorne-plant.yaml}) and reported by the shift report job with its real renderers. The shift is
 * 06:00–14:00 (480 min) with breaks of 15 + 30 + 15 min, so planned busy time PBT = 420 min; four unplanned
 * stops take 47 min, so APT = 373 min; 19,271 units are made at an ideal 1.0 s, 18,848 of them good:
 * A = 373 / 420 = 88.81 %, P = 19,271 × 1.0 s / 22,380 s = 86.11 %, Q = 18,848 / 19,271 = 97.80 %,
 * OEE = 74.79 %. Line L1 is idle in the breaks, as in the example; on line L2 a relief operator runs the machine
 * through them (60 min, 3,100 more units, 40 scrap): the KPIs stay the same, and the units show on a line of
 * their own, flagged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VorneScenarioFunctionalTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final double A = 373.0 / 420;
    static final double P = 19_271 * 1.0 / (373 * 60);
    static final double Q = 18_848.0 / 19_271;

    RunOutcome outcome;
    Map<String, LineResult> lines = new LinkedHashMap<>();
    Map<String, AlarmStatistics> alarms = new LinkedHashMap<>();
    Map<String, byte[]> files = new LinkedHashMap<>();

    @BeforeAll
    void runTheVorneDay(@TempDir Path root) throws IOException {
        try (JobTestHome home = new JobTestHome(root, resource("scenarios/vorne/job.yaml"),
                SimulatorOptions.defaults().withPlantFile(Path.of("jobs/plants/vorne-plant.yaml")),
                Map.of("vorne", resource("scenarios/vorne/site.yaml")));
                ConfigurableApplicationContext context = home.startRendering(Map.of())) {
            ReportRunService service = context.getBean(ReportRunService.class);
            ReportPeriod period = service.lastCompletePeriod("shift-report",
                    DAY.plusDays(1).atTime(12, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
            outcome = service.run("shift-report", period, RunOptions.defaults());
            assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            long instance = context.getBean(PublicationStore.class).byExecution(outcome.executionId()).orElseThrow()
                    .instanceId();
            StagingStore store = context.getBean(StagingStore.class);
            for (String line : List.of("L1", "L2")) {
                lines.put(line, StagingJson.read(store.result(instance, "line/" + line).orElseThrow(), LineResult.class));
                alarms.put(line, StagingJson.read(store.result(instance, AlarmStatisticsTasklet.lineKey(line))
                        .orElseThrow(), AlarmStatistics.class));
            }
            for (Path file : outcome.files()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
    }

    @Test
    void bothLinesShowVornesAvailabilityPerformanceQualityAndOee() {
        for (LineResult line : lines.values()) {
            ShiftResult early = line.shifts().get(0);
            assertThat(kpi(early, "availability")).as(line.line()).isCloseTo(100 * A, within(1e-9));
            assertThat(kpi(early, "effectiveness")).as(line.line()).isCloseTo(100 * P, within(1e-9));
            assertThat(kpi(early, "qualityRatio")).as(line.line()).isCloseTo(100 * Q, within(1e-9));
            assertThat(kpi(early, "oee")).as(line.line()).isCloseTo(100 * A * P * Q, within(1e-9)).isCloseTo(74.79, within(0.005));
            assertThat(input(early, "availability", "plannedBusyTime")).isEqualTo(420 * 60);
            assertThat(input(early, "availability", "actualProductionTime")).isEqualTo(373 * 60);
            assertThat(input(early, "qualityRatio", "producedQuantity")).isEqualTo(19_271);
            assertThat(input(early, "qualityRatio", "goodQuantity")).isEqualTo(18_848);
            assertThat(line.periodKpis()).filteredOn(k -> k.key().equals("oee")).singleElement()
                    .satisfies(k -> assertThat(k.value()).isCloseTo(100 * A * P * Q, within(1e-9)));
        }
    }

    /** ISO 22400-2: APT, AUST, ADET and ADOT are measured in planned busy time only, and partition it. */
    @Test
    void theTimeElementsPartitionPlannedBusyTime() {
        for (LineResult line : lines.values()) {
            ShiftResult early = line.shifts().get(0);
            double apt = input(early, "availability", "actualProductionTime");
            double ubt = input(early, "utilizationEfficiency", "actualUnitBusyTime");
            assertThat(ubt).as("AUBT = APT + AUST + ADET: no setup, no idle time in busy time").isEqualTo(apt);
            double adot = input(early, "mttr", "failureTime");
            assertThat(apt + adot).as(line.line()).isEqualTo(input(early, "availability", "plannedBusyTime"));
            assertThat(input(early, "mttr", "failureCount")).isEqualTo(4);
            assertThat(kpi(early, "mttr")).isEqualTo(47 * 60 / 4.0);
            assertThat(early.downtime()).extracting(d -> d.code() + ":" + d.duration().toMinutes() + ":" + d.occurrences())
                    .containsExactly("101:24:2", "201:14:1", "102:9:1");
        }
    }

    @Test
    void aMachineIdleInTheBreaksHasNothingToFlag() {
        PlannedStopProduction breaks = lines.get("L1").shifts().get(0).plannedStops();
        assertThat(breaks.plannedStopTime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(breaks.runningTime()).isZero();
        assertThat(breaks.producedQuantity()).isZero();
        assertThat(breaks.flagged()).isFalse();
    }

    /** Production in planned stops keeps out of P and Q (with its time left out of A) and is shown on its own. */
    @Test
    void productionThroughTheBreaksIsShownOnItsOwnLineAndFlagged() {
        PlannedStopProduction breaks = lines.get("L2").shifts().get(0).plannedStops();
        assertThat(breaks.plannedStopTime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(breaks.runningTime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(breaks.producedQuantity()).isEqualTo(3_100);
        assertThat(breaks.goodQuantity()).isEqualTo(3_060);
        assertThat(breaks.flagged()).isTrue();
        assertThat(lines.get("L2").periodPlannedStops()).isEqualTo(breaks);
        assertThat(lines.get("L2").shifts().get(0).kpis()).allSatisfy(k -> assertThat(k.outOfRange()).as(k.key()).isFalse());
    }

    /** Each line's report counts its own alarms: one Error per Down stop, as many as its failures (FE). */
    @Test
    void eachLineCountsItsOwnDownAlarms() {
        for (String line : List.of("L1", "L2")) {
            AlarmStatistics own = alarms.get(line);
            assertThat(own.byClass()).filteredOn(c -> c.alarmClass().equals("Error")).extracting(AlarmClassCount::count)
                    .containsExactly(4L);
            assertThat(own.mostFrequent()).allSatisfy(a -> assertThat(a.text()).startsWith(line + " "));
        }
    }

    @Test
    void theProducedWorkbooksAndPdfsShowTheKpis() throws IOException {
        for (String line : List.of("L1", "L2")) {
            List<Double> numbers = numericCells(files.get("shift-report_" + line + "_2026-11-24_v1.xlsx"));
            for (double expected : new double[] {A, P, Q, A * P * Q}) {
                assertThat(numbers).as("%s: a cell with %f", line, expected)
                        .anySatisfy(n -> assertThat(n).isCloseTo(expected, within(1e-9)));
            }
            String pdf = pdfText(files.get("shift-report_" + line + "_2026-11-24_v1.pdf"));
            assertThat(pdf).containsPattern(Pattern.compile("74[.,](79|8)"));
            assertThat(pdf).containsPattern(Pattern.compile("88[.,](81|8)"));
        }
    }

    /** Every number of a workbook, sheet by sheet and row by row (dates and times left out: they say when, not what). */
    static List<Double> numericCells(byte[] xlsx) throws IOException {
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
        }
        return numbers;
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static double kpi(ShiftResult shift, String key) {
        return shift.kpi(key).map(KpiResult::value).orElseThrow(() -> new AssertionError("no KPI " + key));
    }

    private static double input(ShiftResult shift, String kpi, String input) {
        KpiResult result = shift.kpi(kpi).orElseThrow(() -> new AssertionError("no KPI " + kpi));
        return result.inputs().stream().filter(i -> i.name().equals(input)).mapToDouble(KpiInput::value).findFirst()
                .orElseThrow(() -> new AssertionError("no input " + input + " in " + result.inputs()));
    }

    static String resource(String name) {
        try (var in = VorneScenarioFunctionalTests.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
