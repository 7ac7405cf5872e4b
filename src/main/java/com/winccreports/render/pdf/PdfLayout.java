package com.winccreports.render.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PDF layout definition ({@code report-templates/*.pdf-layout.yaml}): page, fonts, colours, logo and the
 * sections in the order they print. A plant reorders, drops or repeats sections by editing the file.
 *
 * @param name     layout name
 * @param page     page size and margins
 * @param fonts    TrueType fonts, embedded (so umlauts print everywhere)
 * @param colours  named colours as {@code #RRGGBB}: primary, headerText, stripe, green, amber, red
 * @param logo     logo image path relative to the layout file; empty for none
 * @param sections sections in print order
 * @param baseDir  folder the layout was read from (logo and font paths resolve against it)
 */
public record PdfLayout(String name, Page page, Fonts fonts, Map<String, String> colours, String logo,
        List<PdfSection> sections, Path baseDir) {

    /** Page size ({@code A4}, {@code A3}, {@code LETTER}), orientation and margins in points. */
    public record Page(String size, boolean landscape, float marginLeft, float marginRight, float marginTop,
            float marginBottom) {

        public Page {
            size = size == null ? "A4" : size;
        }

        public static Page a4() {
            return new Page("A4", false, 36, 36, 62, 50);
        }
    }

    /**
     * Fonts as {@code classpath:fonts/DejaVuSans.ttf} or a path relative to the layout.
     *
     * @param regular body font
     * @param bold    headings and table headers
     * @param size    body size in points
     */
    public record Fonts(String regular, String bold, float size) {

        public static final String DEFAULT_REGULAR = "classpath:fonts/DejaVuSans.ttf";
        public static final String DEFAULT_BOLD = "classpath:fonts/DejaVuSans-Bold.ttf";

        public Fonts {
            regular = regular == null || regular.isBlank() ? DEFAULT_REGULAR : regular;
            bold = bold == null || bold.isBlank() ? DEFAULT_BOLD : bold;
            size = size <= 0 ? 8.5f : size;
        }
    }

    public PdfLayout {
        Objects.requireNonNull(name, "name");
        page = page == null ? Page.a4() : page;
        fonts = fonts == null ? new Fonts(null, null, 0) : fonts;
        colours = Map.copyOf(colours == null ? Map.of() : colours);
        logo = logo == null ? "" : logo;
        sections = List.copyOf(sections);
        baseDir = baseDir == null ? Path.of(".") : baseDir;
    }
}
