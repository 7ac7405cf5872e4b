package com.winccreports.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.winccreports.shift.kpi.TrafficLight;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A table whose columns are as wide as their words need: every column gets at least its widest unbreakable
 * piece (so no word, date, unit or number is split), the rest of the width goes where text is longest. When the
 * words do not fit the page at the body size, the whole table is set smaller. Title and header rows repeat on
 * every page the table continues on.
 */
final class PdfTableBuilder {

    /** How a cell is set. */
    enum Kind { TEXT, STRONG, TAG, NUMBER, STATUS }

    /** One cell before the table is built. */
    record Spec(String text, Kind kind, TrafficLight light) {
        static Spec of(String text, Kind kind) {
            return new Spec(text == null ? "" : text, kind, null);
        }
    }

    private static final float PADDING = 2.5f;
    private static final float HEADER_PADDING = 3f;
    /** Room a line needs beyond its glyphs, so rounding never pushes a word onto a second line. */
    private static final float SLACK = 1.5f;
    private static final float MIN_SIZE = 5.5f;
    private static final String DOT = "● ";

    private final PdfContext c;
    private final List<String> headers;
    private final List<List<Spec>> rows = new ArrayList<>();
    private String title;
    /** Whether tag names get the width to stay whole; when the page is too narrow they break at their dots. */
    private boolean wholeTags;

    PdfTableBuilder(PdfContext context, List<String> headers) {
        this.c = context;
        this.headers = List.copyOf(headers);
    }

    /** A title row above the header (e.g. the shift), repeated with it on continuation pages. */
    PdfTableBuilder title(String text) {
        this.title = text;
        return this;
    }

    PdfTableBuilder row(List<Spec> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells for " + headers.size() + " columns");
        }
        rows.add(cells);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether every column gets its widest word at the body size (tag names may break at their dots). */
    boolean fitsAtBodySize() {
        boolean whole = wholeTags;
        wholeTags = false;
        try {
            return widths(c.style.size, c.document.right() - c.document.left()) != null;
        } finally {
            wholeTags = whole;
        }
    }

    /** The table, full width, at the largest font size (up to the body size) at which its words fit. */
    PdfPTable build() {
        float width = c.document.right() - c.document.left();
        float size = c.style.size;
        wholeTags = true;
        float[] widths = widths(size, width);
        if (widths == null) {
            wholeTags = false;
            widths = widths(size, width);
        }
        while (widths == null && size > MIN_SIZE) {
            size = Math.max(MIN_SIZE, size - 0.5f);
            widths = widths(size, width);
        }
        if (widths == null) {
            widths = minimum(size);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        int headerRows = 1;
        if (title != null) {
            PdfPCell cell = new PdfPCell(new Phrase(title, c.style.subheading()));
            cell.setColspan(headers.size());
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingBottom(4);
            table.addCell(cell);
            headerRows++;
        }
        for (String header : headers) {
            table.addCell(header(header, size));
        }
        table.setHeaderRows(headerRows);
        for (List<Spec> row : rows) {
            for (Spec spec : row) {
                table.addCell(cell(spec, size));
            }
        }
        return table;
    }

    /** Column widths at {@code size}, or null when even the smallest do not fit {@code width}. */
    private float[] widths(float size, float width) {
        float[] min = minimum(size);
        float[] preferred = new float[min.length];
        for (int i = 0; i < min.length; i++) {
            preferred[i] = Math.max(min[i], preferred(i, size));
        }
        float minSum = sum(min);
        float prefSum = sum(preferred);
        if (minSum > width) {
            return null;
        }
        float[] widths = new float[min.length];
        for (int i = 0; i < min.length; i++) {
            widths[i] = prefSum <= width ? preferred[i] * width / prefSum
                    : min[i] + (preferred[i] - min[i]) * (width - minSum) / (prefSum - minSum);
        }
        return widths;
    }

    private float[] minimum(float size) {
        float[] min = new float[headers.size()];
        for (int i = 0; i < min.length; i++) {
            min[i] = widest(headers.get(i), WordBreaks.AT_SPACES, c.style.bold, size - 0.5f) + 2 * HEADER_PADDING;
            for (List<Spec> row : rows) {
                Spec spec = row.get(i);
                min[i] = Math.max(min[i], widest(spec.text(), breaks(spec), font(spec), size) + extra(spec, size)
                        + 2 * PADDING);
            }
            min[i] += SLACK;
        }
        return min;
    }

    /** The width a column's longest line would like: its text unbroken, up to a third of the page. */
    private float preferred(int column, float size) {
        float widest = 0;
        for (List<Spec> row : rows) {
            Spec spec = row.get(column);
            for (String line : spec.text().split("\n")) {
                widest = Math.max(widest, font(spec).getWidthPoint(line, size) + extra(spec, size));
            }
        }
        float third = (c.document.right() - c.document.left()) / 3;
        return Math.min(widest, third) + 2 * PADDING + SLACK;
    }

    private float widest(String text, WordBreaks breaks, BaseFont font, float size) {
        float widest = 0;
        for (String piece : breaks.pieces(text)) {
            widest = Math.max(widest, font.getWidthPoint(piece, size));
        }
        return widest;
    }

    private WordBreaks breaks(Spec spec) {
        return spec.kind() == Kind.TAG && !wholeTags ? WordBreaks.AT_SPACES_AND_DOTS : WordBreaks.AT_SPACES;
    }

    private BaseFont font(Spec spec) {
        return spec.kind() == Kind.STRONG || spec.kind() == Kind.TAG ? c.style.bold : c.style.regular;
    }

    private float extra(Spec spec, float size) {
        return spec.kind() == Kind.STATUS ? c.style.regular.getWidthPoint(DOT, size) : 0;
    }

    private PdfPCell header(String text, float size) {
        PdfPCell cell = new PdfPCell(phrase(text, c.style.tableHeader(size - 0.5f), WordBreaks.AT_SPACES));
        cell.setBackgroundColor(c.style.colour("primary"));
        cell.setBorderColor(c.style.colour("primary"));
        cell.setPadding(HEADER_PADDING);
        return cell;
    }

    private PdfPCell cell(Spec spec, float size) {
        Phrase phrase;
        if (spec.kind() == Kind.STATUS) {
            phrase = new Phrase();
            phrase.add(chunk(DOT, c.style.coloured(c.style.light(spec.light()), size), WordBreaks.AT_SPACES));
            phrase.add(chunk(spec.text(), c.style.body(size), WordBreaks.AT_SPACES));
        } else {
            Font font = spec.kind() == Kind.STRONG || spec.kind() == Kind.TAG ? c.style.strong(size) : c.style.body(size);
            phrase = phrase(spec.text(), font, breaks(spec));
        }
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(spec.kind() == Kind.NUMBER ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(PADDING);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(c.style.colour("stripe").darker());
        if (spec.kind() == Kind.STATUS && spec.light() != TrafficLight.NONE && spec.light() != TrafficLight.INCOMPLETE) {
            cell.setBackgroundColor(tint(c.style.light(spec.light())));
        }
        return cell;
    }

    private Phrase phrase(String text, Font font, WordBreaks breaks) {
        Phrase phrase = new Phrase();
        phrase.add(chunk(text, font, breaks));
        return phrase;
    }

    private static Chunk chunk(String text, Font font, WordBreaks breaks) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(breaks);
        return chunk;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }

    private static Color tint(Color colour) {
        return new Color((colour.getRed() + 3 * 255) / 4, (colour.getGreen() + 3 * 255) / 4,
                (colour.getBlue() + 3 * 255) / 4);
    }
}
