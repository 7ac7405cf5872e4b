package com.winccreports.render.pdf;

import java.util.List;

/**
 * What the PDF renderer produced.
 *
 * @param pages        page count
 * @param sections     section types in the order printed
 * @param tableRows    data-table rows printed
 */
public record PdfRenderSummary(int pages, List<String> sections, long tableRows) {

    public PdfRenderSummary {
        sections = List.copyOf(sections);
    }
}
