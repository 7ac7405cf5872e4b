package com.winccreports.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.AlarmClassCount;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders the demo report with the committed layouts and reads it back with PDFBox. */
class PdfReportRendererTest {

    static final Path TEMPLATES = Path.of("report-templates");

    @Test
    void sectionsPrintInTheOrderOfTheLayout() throws IOException {
        Rendered pdf = render(Locale.ENGLISH, "shift-report", 1);
        ReportMessages m = pdf.messages;
        List<String> headings = List.of(m.get("section.kpi-summary"), m.get("section.shift-kpis"),
                m.get("section.tag-statistics"), m.get("section.trend-charts"), m.get("section.shift-trend"),
                m.get("section.downtime-pareto"), m.get("section.batches"), m.get("section.alarms"),
                m.get("section.data-quality"), m.get("section.kpi-formulas"), m.get("section.provenance"));

        assertThat(positions(pdf.text, headings)).isSorted().doesNotContain(-1);
    }

    @Test
    void tenDaysOfShiftsDoNotSqueezeIntoTheKpiSummaryItKeepsThePeriodAndPointsToTheKpisPerShift() throws IOException {
        ShiftReport day = DemoShiftReports.create(DemoReportOptions.defaults().withLocale(Locale.ENGLISH));
        List<com.winccreports.report.ShiftResult> shifts = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            shifts.addAll(DemoShiftReports.create(DemoReportOptions.defaults().withLocale(Locale.ENGLISH)
                    .withDay(java.time.LocalDate.of(2026, 10, 25).plusDays(d))).shifts());
        }
        ShiftReport tenDays = day.withShifts(shifts);
        ReportMessages m = ReportMessages.load(TEMPLATES, Locale.ENGLISH);

        Rendered tenDaysPdf = render(tenDays, m, "shift-report");
        Rendered dayPdf = render(day, m, "shift-report");

        String note = m.format("summary.shiftsElsewhere", 30, m.get("section.shift-kpis"));
        String summaryPage = pageWith(tenDaysPdf, m.get("section.kpi-summary"));
        assertThat(normalized(summaryPage).replace("\n", " ")).contains(note);
        assertThat(summaryPage.replace("\n", " ")).doesNotContain(shifts.get(0).shift().label());
        assertThat(normalized(summaryPage)).contains(new ReportFormats(m, day.period().zone())
                .quantity(day.periodKpi("oee").orElseThrow().value(), "ratio"));
        String daySummaryPage = pageWith(dayPdf, m.get("section.kpi-summary"));
        assertThat(normalized(dayPdf.text).replace("\n", " ")).doesNotContain(note.substring(0, 20));
        day.shifts().forEach(shift -> assertThat(daySummaryPage.replace("\n", " ")).contains(shift.shift().label()));
    }

    /** The text of the first page that holds {@code text}. */
    private static String pageWith(Rendered pdf, String text) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(document);
                if (pageText.contains(text)) {
                    return pageText;
                }
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    @Test
    void theHandoverLayoutReordersAndDropsSectionsWithoutCode() throws IOException {
        Rendered pdf = render(Locale.ENGLISH, "handover", 1);
        ReportMessages m = pdf.messages;

        assertThat(positions(pdf.text, List.of(m.get("section.downtime-pareto"), m.get("section.shift-kpis"),
                m.get("section.data-quality")))).isSorted().doesNotContain(-1);
        assertThat(pdf.text).doesNotContain(m.get("section.batches"), m.get("section.trend-charts"),
                m.get("section.kpi-formulas"), m.get("section.alarms"));
        assertThat(pdf.summary.sections()).containsExactly("cover", "downtime-pareto", "shift-kpis", "data-quality");
    }

    @Test
    void kpiValuesAppearFormattedInTheReportLanguage() throws IOException {
        Rendered pdf = render(Locale.GERMAN, "shift-report", 1);
        ReportFormats formats = new ReportFormats(pdf.messages, pdf.report.period().zone());
        var oee = pdf.report.periodKpi("oee").orElseThrow();
        var earlyOee = pdf.report.shifts().get(0).kpi("oee").orElseThrow();

        assertThat(formats.quantity(oee.value(), "ratio")).contains(",").endsWith(" %");
        assertThat(normalized(pdf.text)).contains(formats.quantity(oee.value(), "ratio"),
                formats.quantity(earlyOee.value(), "ratio"));
        assertThat(pdf.text).contains(pdf.messages.get("status." + oee.status()));
    }

    @Test
    void germanTextWithUmlautsSurvivesAndEveryFontIsEmbedded() throws IOException {
        Rendered pdf = render(Locale.GERMAN, "shift-report", 1);

        assertThat(pdf.text).contains("Frühschicht", "Maßprüfung", "Übergabeprüfung", "Störung", "Qualität");
        try (PDDocument document = Loader.loadPDF(pdf.bytes)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName).allMatch(n -> n.contains("DejaVuSans"));
        }
    }

    @Test
    void footerCountsPagesAndHeaderNamesTheVersionItSupersedes() throws IOException {
        Rendered pdf = render(Locale.ENGLISH, "shift-report", 3);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.bytes)) {
            pages = document.getNumberOfPages();
        }

        assertThat(pages).isGreaterThan(3).isEqualTo(pdf.summary.pages());
        assertThat(pdf.text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages)
                .doesNotContain("Page " + (pages + 1) + " of");
        assertThat(pdf.text).contains("demo-L1-2026-10-24 · Version 3 (supersedes v2)");
        assertThat(pdf.text).contains(pdf.messages.get("quality.lateData"));
    }

    @Test
    void coverShowsThePeriodWithBothUtcOffsets() throws IOException {
        Rendered pdf = render(Locale.ENGLISH, "handover", 1);

        assertThat(pdf.text).contains("2026-10-24 06:00 +02:00 – 2026-10-25 06:00 +01:00");
    }

    @Test
    void aSiteWideAlarmSummaryPrintsOnlyWhereTheJobAsksForOne() throws IOException {
        ShiftReport lineOnly = DemoShiftReports.create(DemoReportOptions.defaults().withLocale(Locale.ENGLISH));
        var site = new AlarmStatistics(List.of(new AlarmClassCount("Error", 64, Duration.ofMinutes(369)),
                new AlarmClassCount("Warning", 9, Duration.ofMinutes(52))), List.of(), List.of());
        ShiftReport withSite = new ShiftReport(lineOnly.site(), lineOnly.line(), lineOnly.lineDescription(),
                lineOnly.period(), lineOnly.locale(), lineOnly.periodKpis(), lineOnly.shifts(), lineOnly.trends(),
                lineOnly.shiftTrend(), lineOnly.batches(), lineOnly.alarms(), lineOnly.dataQuality(),
                lineOnly.provenance(), lineOnly.tables(), site);
        ReportMessages messages = ReportMessages.load(TEMPLATES, Locale.ENGLISH);
        String heading = compact(messages.get("alarms.site"));

        assertThat(compact(render(lineOnly, messages, "shift-report").text())).doesNotContain(heading);
        String text = compact(render(withSite, messages, "shift-report").text());
        assertThat(text).contains(heading);
        assertThat(text.substring(text.indexOf(heading))).contains("Error64369.0", "Warning952.0");
        assertThat(text.substring(0, text.indexOf(heading))).as("the line's own alarms come first")
                .contains(compact(messages.get("alarms.byClass")));
    }

    /** PDF text without any white space (headings and table cells break where the layout needs). */
    private static String compact(String text) {
        return text.replaceAll("[\\s\u00a0]+", "");
    }

    record Rendered(ShiftReport report, ReportMessages messages, byte[] bytes, String text, PdfRenderSummary summary) {
    }

    static Rendered render(Locale locale, String layout, int version) throws IOException {
        ShiftReport report = DemoShiftReports.create(DemoReportOptions.defaults().withLocale(locale)
                .withVersion(version));
        return render(report, ReportMessages.load(TEMPLATES, locale), layout);
    }

    static Rendered render(ShiftReport report, ReportMessages messages, String layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderSummary summary = new PdfReportRenderer().render(report,
                PdfLayoutLoader.load(TEMPLATES.resolve(layout + ".pdf-layout.yaml")), messages, out);
        byte[] bytes = out.toByteArray();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new Rendered(report, messages, bytes, new PDFTextStripper().getText(document), summary);
        }
    }

    /** PDF text with no-break spaces as plain spaces (numbers keep their sign on the same line with them). */
    static String normalized(String text) {
        return text.replace('\u00a0', ' ');
    }

    static List<Integer> positions(String text, List<String> headings) {
        return headings.stream().map(h -> text.indexOf("\n" + h + "\n") < 0 ? text.indexOf(h) : text.indexOf(
                "\n" + h + "\n")).toList();
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 4) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }
}
