package com.winccreports.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.winccreports.render.ReportFormats;
import com.winccreports.report.Provenance;
import com.winccreports.report.ShiftReport;

/**
 * Header and footer of every page: report, line and production day; report id and version (and which
 * version it supersedes); generated-at; page <i>x of y</i>, where <i>y</i> is written into a template
 * once the document closes.
 */
final class PageDecorator extends PdfPageEventHelper {

    private final ShiftReport report;
    private final ReportFormats formats;
    private final PdfStyle style;
    private PdfTemplate total;
    private int pages;

    PageDecorator(ShiftReport report, ReportFormats formats, PdfStyle style) {
        this.report = report;
        this.formats = formats;
        this.style = style;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    /** Pages finished so far (all of them once the document is closed). */
    int pages() {
        return pages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.top() + 22;
        float bottom = document.bottom() - 24;
        var messages = formats.messages();
        Provenance p = report.provenance();
        String title = messages.get("report.title") + " · " + report.line() + " · "
                + formats.productionDays(report.period());
        String version = p.reportId() + " · " + messages.format("report.version", p.version())
                + (p.supersedes() ? " (" + messages.format("report.supersedes", p.supersedesVersion()) + ")" : "");
        show(canvas, Element.ALIGN_LEFT, title, left, top);
        show(canvas, Element.ALIGN_RIGHT, version, right, top);
        canvas.setColorStroke(style.colour("primary"));
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top - 4);
        canvas.lineTo(right, top - 4);
        canvas.stroke();
        show(canvas, Element.ALIGN_LEFT, messages.format("report.generatedAt", formats.dateTime(p.generatedAt())),
                left, bottom);
        pageNumber(canvas, writer.getPageNumber(), right, bottom);
    }

    private void pageNumber(PdfContentByte canvas, int page, float right, float y) {
        String pattern = formats.messages().get("report.page");
        String before = pattern.substring(0, Math.max(0, pattern.indexOf("{1}"))).replace("{0}",
                Integer.toString(page));
        float width = style.regular.getWidthPoint(before, style.size - 1.5f);
        float totalWidth = 18;
        show(canvas, Element.ALIGN_LEFT, before, right - totalWidth - width, y);
        canvas.addTemplate(total, right - totalWidth, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(style.regular, style.size - 1.5f);
        total.setColorFill(style.colour("muted"));
        total.setTextMatrix(0, 0);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }

    private void show(PdfContentByte canvas, int align, String text, float x, float y) {
        ColumnText.showTextAligned(canvas, align, new Phrase(text, style.small()), x, y, 0);
    }
}
