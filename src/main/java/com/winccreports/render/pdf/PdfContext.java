package com.winccreports.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.winccreports.render.CatalogContext;
import com.winccreports.render.CellValue;
import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.ShiftReport;
import java.util.ArrayList;
import java.util.List;

/**
 * What every section needs while printing, and the building blocks they share: headings that stay with the
 * first rows of their table, catalog cells as table cells, the status legend.
 */
final class PdfContext {

    /** Rows of a long table that must follow its heading onto the same page. */
    static final int FIRST_ROWS = 3;

    final Document document;
    final PdfWriter writer;
    final ShiftReport report;
    final ReportFormats formats;
    final ReportMessages messages;
    final CatalogContext catalog;
    final PdfStyle style;
    final PdfLayout layout;
    private final List<Paragraph> pending = new ArrayList<>();

    PdfContext(Document document, PdfWriter writer, ShiftReport report, ReportFormats formats, PdfStyle style,
            PdfLayout layout) {
        this.document = document;
        this.writer = writer;
        this.report = report;
        this.formats = formats;
        this.messages = formats.messages();
        this.catalog = new CatalogContext(report, messages);
        this.style = style;
        this.layout = layout;
    }

    /** A section heading; it is printed together with what follows it (never alone at the foot of a page). */
    void heading(String text) {
        Paragraph heading = new Paragraph(text, style.heading());
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(6);
        pending.add(heading);
    }

    void subheading(String text) {
        Paragraph heading = new Paragraph(text, style.subheading());
        heading.setSpacingBefore(6);
        heading.setSpacingAfter(3);
        pending.add(heading);
    }

    /** A paragraph, after any heading waiting for it (a paragraph is short: they stay together). */
    void paragraph(String text, Font font) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(3);
        pending.add(paragraph);
        flush(height(pending));
    }

    /**
     * Adds a table after the headings waiting for it. A table that fits on a page starts on a new page rather than
     * be split; a longer one starts where at least its header and first rows fit beside the headings.
     */
    void add(PdfPTable table) throws DocumentException {
        float usable = document.top() - document.bottom();
        float tableHeight = table.getTotalHeight();
        float needed = height(pending) + table.spacingBefore();
        if (tableHeight <= usable * 0.9f) {
            needed += tableHeight;
        } else {
            needed += table.getHeaderHeight();
            for (int row = table.getHeaderRows(); row < Math.min(table.size(), table.getHeaderRows() + FIRST_ROWS); row++) {
                needed += table.getRowHeight(row);
            }
        }
        flush(needed);
        document.add(table);
    }

    /** Adds an element (e.g. a chart) of known height after the headings waiting for it. */
    void add(Element element, float height) throws DocumentException {
        flush(height(pending) + height);
        document.add(element);
    }

    /** Prints waiting headings on this page if {@code needed} points fit below the current position, else on the next. */
    void flush(float needed) throws DocumentException {
        float free = writer.getVerticalPosition(false) - document.bottom();
        if (needed > free && writer.getVerticalPosition(false) < document.top() - 1) {
            document.newPage();
        }
        for (Paragraph p : pending) {
            document.add(p);
        }
        pending.clear();
    }

    /** Headings left without content at the end of a section (an empty table) are printed now. */
    void finish() throws DocumentException {
        flush(height(pending));
    }

    private float height(List<Paragraph> paragraphs) {
        float width = document.right() - document.left();
        float total = 0;
        for (Paragraph p : paragraphs) {
            Font font = p.getFont();
            float textWidth = font.getBaseFont() == null ? width
                    : font.getBaseFont().getWidthPoint(p.getContent(), font.getSize());
            int lines = Math.max(1, (int) Math.ceil(textWidth / width));
            total += p.getSpacingBefore() + p.getSpacingAfter() + lines * p.getTotalLeading();
        }
        return total;
    }

    /** A table builder for catalog columns. */
    PdfTableBuilder table(List<String> headers) {
        return new PdfTableBuilder(this, headers);
    }

    /** A catalog cell as the builder's cell: numbers right-aligned with a no-break space before their sign. */
    PdfTableBuilder.Spec spec(CellValue value, PdfTableBuilder.Kind textKind) {
        if (value instanceof CellValue.Status s) {
            return new PdfTableBuilder.Spec(formats.status(s.light()), PdfTableBuilder.Kind.STATUS, s.light());
        }
        if (value instanceof CellValue.Number || value instanceof CellValue.Missing) {
            return PdfTableBuilder.Spec.of(formats.text(value).replace(' ', '\u00a0'), PdfTableBuilder.Kind.NUMBER);
        }
        if (value instanceof CellValue.Time) {
            // date and time stay on one line; the offset may go to the next
            return PdfTableBuilder.Spec.of(formats.text(value).replaceFirst(" ", "\u00a0"), textKind);
        }
        return PdfTableBuilder.Spec.of(formats.text(value), textKind);
    }

    /** The legend of the status bands, below a table of statuses. */
    void legend() throws DocumentException {
        Paragraph legend = new Paragraph(messages.get("status.legend"), style.small());
        legend.setSpacingAfter(4);
        document.add(legend);
    }

    /** A full-width table with a repeated, coloured header row (streamed data tables). */
    PdfPTable table(List<String> headers, float[] widths, Font headerFont) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
            cell.setBackgroundColor(style.colour("primary"));
            cell.setBorderColor(style.colour("primary"));
            cell.setPadding(3);
            table.addCell(cell);
        }
        return table;
    }

    PdfPCell text(String text) {
        return cell(new Phrase(text == null ? "" : text, style.body()), Element.ALIGN_LEFT);
    }

    PdfPCell strong(String text) {
        return cell(new Phrase(text, style.strong()), Element.ALIGN_LEFT);
    }

    PdfPCell compact(String text, int align) {
        return cell(new Phrase(text, style.compact()), align);
    }

    private PdfPCell cell(Phrase phrase, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(align);
        cell.setPadding(2.5f);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(style.colour("stripe").darker());
        return cell;
    }
}
