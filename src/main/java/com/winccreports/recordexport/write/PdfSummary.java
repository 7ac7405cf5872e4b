package com.winccreports.recordexport.write;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.winccreports.shift.aggregate.Stretch;
import com.winccreports.shift.aggregate.TagStatistics;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The human copy of an export section (OpenPDF, embedded DejaVu fonts): parameters and source, coverage and
 * statistics per tag, every gap and bad-quality stretch, a chart per tag group (tags of one unit), the batch
 * record(s) and the alarms; the package id and page number on every page. Long tables are added in portions.
 */
public final class PdfSummary {

    private static final int PORTION = 500;
    /** A value wider than this (points) wraps in a fitted column instead of widening it. */
    private static final float WIDEST_VALUE = 160;
    /** OpenPDF's default cell padding on either side (points). */
    private static final float CELL_PADDING = 2;
    /** The smallest type a fitted table is set in (points). */
    private static final float SMALLEST_TYPE = 6;
    private static final Color HEADER = new Color(0x1F, 0x4E, 0x79);

    private final ValueText text;
    private final BaseFont regular = font("fonts/DejaVuSans.ttf");
    private final BaseFont bold = font("fonts/DejaVuSans-Bold.ttf");
    private final Font body = new Font(regular, 8);
    private final Font strong = new Font(bold, 8);
    private final Font heading = new Font(bold, 11, Font.NORMAL, HEADER);
    private final Font header = new Font(bold, 8, Font.NORMAL, Color.WHITE);

    public PdfSummary(ValueText text) {
        this.text = text;
    }

    public void write(Path file, SummaryContent content) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 40, 40);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // a chart that does not fit the rest of a page moves to the next one, and so does what follows it:
            // without this OpenPDF fills the rest of the page with the next section and the chart lands inside it
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new Footer(content.packageId() + " · " + content.title()));
            document.open();
            document.add(new Paragraph(content.title(), new Font(bold, 14, Font.NORMAL, HEADER)));
            if (content.description() != null) {
                document.add(new Paragraph(content.description(), body));
            }
            section(document, "Parameters and source");
            document.add(table(List.of("what", "value"), new float[] {1, 4},
                    content.parameters().stream().map(p -> List.<Object>copyOf(p)).toList()));
            for (String note : content.notes()) {
                document.add(new Paragraph(note, strong));
            }
            statistics(document, content.tags());
            stretches(document, content.tags());
            charts(document, writer, content.tags());
            section(document, "Records");
            document.add(content.records().isEmpty() ? new Paragraph("no user-archive records in this span", body)
                    : fittedTable(content.recordHeader(), content.records(), document.right() - document.left()));
            section(document, "Alarms");
            document.add(content.alarms().isEmpty() ? new Paragraph("no alarms in this span", body)
                    : fittedTable(content.alarmHeader(), content.alarms(), document.right() - document.left()));
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out " + file + ": " + e.getMessage(), e);
        }
    }

    private void statistics(Document document, List<SummaryContent.TagResult> tags) {
        section(document, "Coverage and statistics per tag");
        List<List<Object>> rows = new ArrayList<>();
        for (SummaryContent.TagResult tag : tags) {
            TagStatistics s = tag.statistics();
            var t = tag.summary().tag();
            rows.add(List.of(t.name(), t.unit(), s.count(), s.goodCount(), percent(s.coverage()),
                    seconds(s.gapMillis()), seconds(s.badMillis()), number(s.minimum() == null ? Double.NaN
                            : s.minimum().v()), number(s.maximum() == null ? Double.NaN : s.maximum().v()),
                    number(s.timeAverage()), t.profiled() ? "" : "no profile: gaps not told"));
        }
        document.add(table(List.of("tag", "unit", "values", "usable", "coverage", "gap s", "bad s", "minimum",
                "maximum", "time average", "note"), new float[] {3, 1, 1.2f, 1.2f, 1.2f, 1, 1, 1.3f, 1.3f, 1.3f, 2.4f},
                rows));
    }

    private void stretches(Document document, List<SummaryContent.TagResult> tags) {
        section(document, "Gaps and bad-quality stretches (left empty in the aligned form, never filled silently)");
        PdfPTable table = newTable(List.of("tag", "kind", "from (local)", "to (local)", "seconds"),
                new float[] {3, 1, 3, 3, 1});
        table.setComplete(false);
        int rows = 0;
        for (SummaryContent.TagResult tag : tags) {
            for (Stretch stretch : tag.statistics().stretches()) {
                for (Object cell : List.of(tag.summary().tag().name(), stretch.kind().name().toLowerCase(),
                        text.local(stretch.start()), text.local(stretch.end()), seconds(stretch.millis()))) {
                    table.addCell(cell(cell));
                }
                if (++rows % PORTION == 0) {
                    document.add(table);
                }
            }
        }
        table.setComplete(true);
        document.add(rows == 0 ? new Paragraph("none: every tag had a valid, usable value all the time", body) : table);
    }

    private void charts(Document document, PdfWriter writer, List<SummaryContent.TagResult> tags) {
        Map<String, List<SummaryContent.TagResult>> byUnit = new LinkedHashMap<>();
        tags.forEach(t -> byUnit.computeIfAbsent(t.summary().tag().unit(), u -> new ArrayList<>()).add(t));
        section(document, "Charts (one per unit; analog tags and counters: mean of the usable values per bucket; "
                + "states and setpoints: the value in force; a break where the value was not known)");
        float width = document.right() - document.left();
        for (Map.Entry<String, List<SummaryContent.TagResult>> group : byUnit.entrySet()) {
            JFreeChart chart = SummaryCharts.chart(group.getKey(), group.getValue());
            PdfTemplate template = writer.getDirectContent().createTemplate(width, 200);
            Graphics2D graphics = template.createGraphics(width, 200, new DefaultFontMapper() {
                @Override
                public BaseFont awtToPdf(java.awt.Font font) {
                    return font.isBold() ? bold : regular;
                }
            });
            try {
                chart.draw(graphics, new Rectangle2D.Double(0, 0, width, 200));
            } finally {
                graphics.dispose();
            }
            try {
                document.add(Image.getInstance(template));
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot add the chart of " + group.getKey(), e);
            }
        }
    }

    private void section(Document document, String title) {
        Paragraph paragraph = new Paragraph(title, heading);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /**
     * A table whose columns are not known in advance (a user archive's fields, the alarms'): each column as wide
     * as its longest header word and its widest value (up to {@link #WIDEST_VALUE} points), so ids, timestamps and
     * header words are not broken while short columns stay narrow. When the columns need more than {@code width},
     * the table is set in a smaller type, down to {@link #SMALLEST_TYPE} points, and only then do values wrap.
     */
    private PdfPTable fittedTable(List<String> columns, List<List<Object>> rows, float width) {
        float[] natural = naturalWidths(columns, rows);
        float text = 0;
        for (float w : natural) {
            text += w;
        }
        float padding = columns.size() * (2 * CELL_PADDING + 1);
        float size = Math.max(SMALLEST_TYPE, Math.min(body.getSize(), body.getSize() * (width - padding) / text));
        float[] widths = new float[natural.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = natural[c] * size / body.getSize() + 2 * CELL_PADDING + 1;
        }
        Font cellFont = new Font(regular, size);
        PdfPTable table = newTable(columns, widths, new Font(bold, size, Font.NORMAL, Color.WHITE));
        rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, cellFont))));
        return table;
    }

    /** Text widths (points, at the body size) of each column's longest header word and widest value. */
    private float[] naturalWidths(List<String> columns, List<List<Object>> rows) {
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            for (String word : columns.get(c).split("\\s+")) {
                widths[c] = Math.max(widths[c], bold.getWidthPoint(word, body.getSize()));
            }
        }
        for (List<Object> row : rows) {
            for (int c = 0; c < widths.length && c < row.size(); c++) {
                float value = regular.getWidthPoint(shown(row.get(c)), body.getSize());
                widths[c] = Math.max(widths[c], Math.min(value, WIDEST_VALUE));
            }
        }
        return widths;
    }

    private PdfPTable table(List<String> columns, float[] widths, List<List<Object>> rows) {
        PdfPTable table = newTable(columns, widths, header);
        rows.forEach(row -> row.forEach(value -> table.addCell(cell(value))));
        return table;
    }

    private PdfPTable newTable(List<String> columns, float[] widths) {
        return newTable(columns, widths, header);
    }

    private PdfPTable newTable(List<String> columns, float[] widths, Font headerFont) {
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        if (widths != null) {
            table.setWidths(widths);
        }
        table.setHeaderRows(1);
        for (String column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column, headerFont));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        return table;
    }

    private PdfPCell cell(Object value) {
        return cell(value, body);
    }

    private PdfPCell cell(Object value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(shown(value), font));
        cell.setHorizontalAlignment(value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private static String shown(Object value) {
        return value == null ? "" : value instanceof Double d ? number(d) : value.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "–" : ValueText.number(Math.round(value * 1e4) / 1e4);
    }

    private static String percent(double share) {
        return ValueText.number(Math.round(share * 10_000) / 100.0) + " %";
    }

    private static String seconds(long millis) {
        return ValueText.number(millis / 1000.0);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfSummary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no font " + resource + " on the class path");
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    /** The package id and page number at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {
        private final String line;

        Footer(String line) {
            this.line = line;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase("package " + line, body), document.left(), document.bottom() - 20, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("page " + writer.getPageNumber(), body), document.right(), document.bottom() - 20, 0);
        }
    }
}
