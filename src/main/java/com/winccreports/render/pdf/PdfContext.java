package com.winccreports.render.pdf;

import com.lowagie.text.Chunk;
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
import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.TrafficLight;
import java.awt.Color;
import java.util.List;

/** What every section needs while printing, and the building blocks they share (headings, table cells). */
final class PdfContext {

    final Document document;
    final PdfWriter writer;
    final ShiftReport report;
    final ReportFormats formats;
    final ReportMessages messages;
    final PdfStyle style;
    final PdfLayout layout;

    PdfContext(Document document, PdfWriter writer, ShiftReport report, ReportFormats formats, PdfStyle style,
            PdfLayout layout) {
        this.document = document;
        this.writer = writer;
        this.report = report;
        this.formats = formats;
        this.messages = formats.messages();
        this.style = style;
        this.layout = layout;
    }

    void heading(String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, style.heading());
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(6);
        heading.setKeepTogether(true);
        document.add(heading);
    }

    void subheading(String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, style.subheading());
        heading.setSpacingBefore(6);
        heading.setSpacingAfter(3);
        document.add(heading);
    }

    void paragraph(String text, Font font) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(3);
        document.add(paragraph);
    }

    /** A full-width table with a repeated, coloured header row. */
    PdfPTable table(List<String> headers, float[] widths) {
        return table(headers, widths, style.tableHeader());
    }

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

    PdfPTable table(List<String> headers) {
        float[] widths = new float[headers.size()];
        java.util.Arrays.fill(widths, 1f);
        return table(headers, widths);
    }

    PdfPCell text(String text) {
        return cell(new Phrase(text == null ? "" : text, style.body()), Element.ALIGN_LEFT);
    }

    PdfPCell number(String text) {
        return cell(new Phrase(text, style.body()), Element.ALIGN_RIGHT);
    }

    PdfPCell strong(String text) {
        return cell(new Phrase(text, style.strong()), Element.ALIGN_LEFT);
    }

    /** A traffic light: a coloured disc and the status text. */
    PdfPCell status(TrafficLight light) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk("● ", style.coloured(style.light(light))));
        phrase.add(new Chunk(messages.get("status." + light), style.body()));
        PdfPCell cell = cell(phrase, Element.ALIGN_LEFT);
        if (light != TrafficLight.NONE) {
            cell.setBackgroundColor(tint(style.light(light)));
        }
        return cell;
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

    /** Columns as message keys {@code column.<name>} → header texts. */
    List<String> headers(List<String> columns) {
        return columns.stream().map(c -> messages.get("column." + c)).toList();
    }

    private static Color tint(Color colour) {
        return new Color((colour.getRed() + 3 * 255) / 4, (colour.getGreen() + 3 * 255) / 4,
                (colour.getBlue() + 3 * 255) / 4);
    }
}
