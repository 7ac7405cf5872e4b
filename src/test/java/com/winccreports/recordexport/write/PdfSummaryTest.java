package com.winccreports.recordexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.recordexport.rows.TagSummary;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.wincc.ArchivePage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's PDF summary read back: its sections keep their order when a chart does not fit the rest of a page,
 * and a user archive's many columns get the width their values need.
 */
class PdfSummaryTest {

    private static final long FROM = Instant.parse("2026-10-24T04:00:00Z").toEpochMilli();
    private static final long TO = FROM + Duration.ofHours(25).toMillis();
    private static final List<String> RECORD_HEADER = List.of("ID", "BatchId", "Line", "Product", "Recipe",
            "StartTime", "EndTime", "PlannedQty", "GoodQty", "ScrapQty", "ReworkQty", "Operator", "LastAccess",
            "LastUser");

    @Test
    void aChartThatMovesToTheNextPageTakesTheSectionsAfterItAlong(@TempDir Path folder) throws IOException {
        List<String> all = List.of("°C", "bar", "kW", "mm/s", "%", "V", "A", "Hz");
        // one to eight charts: with some of them the last chart does not fit the rest of its page
        for (int charts = 1; charts <= all.size(); charts++) {
            List<String> units = all.subList(0, charts);

            // without spaces: PDFBox sets a heading's kerned first letter apart ("R ecords")
            String text = String.join("\n", write(folder, units, records(2))).replace(" ", "");

            int records = text.indexOf("Records");
            assertThat(records).as(charts + " charts").isPositive();
            for (String unit : units) {
                String legend = "Tag" + unit;   // the chart's legend, the last place the tag's name is printed
                assertThat(text.lastIndexOf(legend)).as(legend + " of " + charts + " charts").isPositive()
                        .isLessThan(records);
            }
        }
    }

    @Test
    void aUserArchivesColumnsGetTheWidthOfTheirValues(@TempDir Path folder) throws IOException {
        List<String> pages = write(folder, List.of("°C"), records(3));

        String text = String.join("\n", pages);
        // fourteen columns in equal shares broke these over three lines each
        assertThat(text).contains("L1-20261024-03", "2026-10-24T16:48:21.000Z", "PlannedQty", "ReworkQty",
                "LastAccess");
        for (String header : RECORD_HEADER) {
            assertThat(text).contains(header);
        }
    }

    private static List<List<Object>> records(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(37888L + i, "L1-20261024-0" + i, "L1", "Widget A", "R-100",
                    "2026-10-24T0" + (2 * i) + ":00:00.000Z", "2026-10-24T16:48:21.000Z", 15250L, 14790L, 460L, 2L,
                    "op" + i, "2026-10-24T16:48:21.000Z", "op" + i));
        }
        return rows;
    }

    /** Writes a summary of one tag per unit and the records; returns each page's text in reading order. */
    private static List<String> write(Path folder, List<String> units, List<List<Object>> records)
            throws IOException {
        List<SummaryContent.TagResult> tags = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TagProfile profile = new TagProfile(TagKind.ANALOG, Interpolation.LINEAR, 120_000, OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), Map.of(), Optional.of(units.get(i)),
                    Optional.empty());
            ExportTag tag = new ExportTag(i, "Tag " + units.get(i), "PVArchive", Optional.of(Duration.ofMinutes(1)),
                    profile, true);
            TagSummary summary = new TagSummary(tag, FROM, TO, null);
            int n = (int) ((TO - FROM) / 60_000);
            long[] times = new long[n];
            double[] values = new double[n];
            int[] qualities = new int[n];
            for (int k = 0; k < n; k++) {
                times[k] = FROM + k * 60_000L;
                values[k] = 50 + 10 * Math.sin(k / 60.0 + i);
                qualities[k] = 0xC0;
            }
            summary.accept(new ArchivePage(tag.name(), times, values, qualities));
            tags.add(new SummaryContent.TagResult(summary, summary.finish(null)));
        }
        List<List<String>> parameters = List.of(List.of("job", "aligned-export (record-export), version 1"),
                List.of("period", "2026-10-24 [2026-10-24T04:00:00Z, 2026-10-25T05:00:00Z)"));
        Path file = folder.resolve("summary.pdf");
        new PdfSummary(new ValueText(ZoneId.of("Europe/Berlin"))).write(file, new SummaryContent("package-1",
                "aligned-export · 2026-10-24 · v1", "Minute values of a production day", parameters, tags,
                RECORD_HEADER, records, List.of("time", "text"), List.of(), List.of()));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf).replace("\u00a0", " "));
            }
            return pages;
        }
    }
}
