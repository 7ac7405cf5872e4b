package com.winccreports.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    private static final Path NO_FOLDER = Path.of(".");

    @Test
    void theProductsOwnFontIsParsedOnceAndLentToOneDocumentAtATime() {
        String location = PdfLayout.Fonts.DEFAULT_BOLD;
        BaseFont first = PdfFonts.borrow(location, () -> PdfStyle.parse(location, NO_FOLDER));
        BaseFont second = PdfFonts.borrow(location, () -> PdfStyle.parse(location, NO_FOLDER));

        assertThat(second).as("a document still open keeps its copy").isNotSameAs(first);

        PdfFonts.giveBack(location, first);
        PdfFonts.giveBack(location, second);
        BaseFont again = PdfFonts.borrow(location, () -> {
            throw new AssertionError("parsed again although a copy was idle");
        });
        assertThat(again.getPostscriptFontName()).isEqualTo(first.getPostscriptFontName());
        PdfFonts.giveBack(location, again);
    }

    @Test
    void aFontFromTheLayoutsFolderIsReadEachTime() {
        String location = "fonts/Plant.ttf";
        BaseFont parsed = PdfFonts.borrow(PdfLayout.Fonts.DEFAULT_REGULAR,
                () -> PdfStyle.parse(PdfLayout.Fonts.DEFAULT_REGULAR, NO_FOLDER));
        PdfFonts.giveBack(location, parsed);

        int[] parses = new int[1];
        PdfFonts.borrow(location, () -> {
            parses[0]++;
            return parsed;
        });

        assertThat(parses[0]).as("a plant may replace the file between runs").isEqualTo(1);
        PdfFonts.giveBack(PdfLayout.Fonts.DEFAULT_REGULAR, parsed);
    }
}
