package com.winccreports.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.FontMapper;
import com.winccreports.shift.kpi.TrafficLight;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Fonts and colours of one layout. Fonts are TrueType, embedded as subsets with Identity-H encoding, so
 * any character of the font (Frühschicht, Maß, Übergabe) prints without relying on the reader's fonts. The
 * product's own fonts are borrowed from {@link PdfFonts} and given back by {@link #close()}, after the document.
 */
final class PdfStyle implements AutoCloseable {

    private static final Map<String, String> DEFAULT_COLOURS = Map.ofEntries(Map.entry("primary", "#1F4E79"),
            Map.entry("headerText", "#FFFFFF"), Map.entry("stripe", "#EEF3F8"), Map.entry("green", "#2E9E4F"),
            Map.entry("acceptable", "#8DB33A"), Map.entry("amber", "#E6A100"), Map.entry("red", "#C8302C"),
            Map.entry("dataProblem", "#7030A0"), Map.entry("text", "#1A1A1A"), Map.entry("muted", "#666666"));

    final BaseFont regular;
    final BaseFont bold;
    final float size;
    private final Map<String, String> colours;
    private final Font body;
    private final Font strong;
    private final Font compact;

    private final PdfLayout.Fonts fonts;

    PdfStyle(PdfLayout layout) {
        this.fonts = layout.fonts();
        this.regular = PdfFonts.borrow(fonts.regular(), () -> parse(fonts.regular(), layout.baseDir()));
        this.bold = PdfFonts.borrow(fonts.bold(), () -> parse(fonts.bold(), layout.baseDir()));
        this.size = layout.fonts().size();
        this.colours = layout.colours();
        this.body = new Font(regular, size, Font.NORMAL, colour("text"));
        this.strong = new Font(bold, size, Font.NORMAL, colour("text"));
        this.compact = new Font(regular, size - 1.5f, Font.NORMAL, colour("text"));
    }

    /** Gives the fonts back for the next document; call after the document is closed. */
    @Override
    public void close() {
        PdfFonts.giveBack(fonts.regular(), regular);
        PdfFonts.giveBack(fonts.bold(), bold);
    }

    Color colour(String name) {
        String hex = colours.getOrDefault(name, DEFAULT_COLOURS.get(name));
        return Color.decode(hex == null ? "#000000" : hex);
    }

    /** The colour of a status band; a data problem never wears a colour of success. */
    Color light(TrafficLight light) {
        return switch (light) {
            case ON_TARGET -> colour("green");
            case ACCEPTABLE -> colour("acceptable");
            case WARNING -> colour("amber");
            case OFF_TARGET -> colour("red");
            case DATA_PROBLEM -> colour("dataProblem");
            case INCOMPLETE, NONE -> colour("muted");
        };
    }

    /** The body font at another size, for a table that needs a smaller one to fit its words. */
    Font body(float fontSize) {
        return new Font(regular, fontSize, Font.NORMAL, colour("text"));
    }

    Font strong(float fontSize) {
        return new Font(bold, fontSize, Font.NORMAL, colour("text"));
    }

    Font tableHeader(float fontSize) {
        return new Font(bold, fontSize, Font.NORMAL, colour("headerText"));
    }

    Font coloured(Color colour, float fontSize) {
        return new Font(regular, fontSize, Font.NORMAL, colour);
    }

    /** Shared body font (created once: a table of 100,000 rows asks for it per cell). */
    Font body() {
        return body;
    }

    Font small() {
        return new Font(regular, size - 1.5f, Font.NORMAL, colour("muted"));
    }

    /** Smaller body font for the dense rows of a data table. */
    Font compact() {
        return compact;
    }

    Font compactHeader() {
        return new Font(bold, size - 1.5f, Font.NORMAL, colour("headerText"));
    }

    Font strong() {
        return strong;
    }

    Font tableHeader() {
        return new Font(bold, size - 0.5f, Font.NORMAL, colour("headerText"));
    }

    Font heading() {
        return new Font(bold, size + 4.5f, Font.NORMAL, colour("primary"));
    }

    Font subheading() {
        return new Font(bold, size + 1.5f, Font.NORMAL, colour("primary"));
    }

    Font title() {
        return new Font(bold, size + 11.5f, Font.NORMAL, colour("primary"));
    }

    Font coloured(Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    /** Maps every AWT font JFreeChart asks for onto the embedded fonts, so charts print umlauts too. */
    FontMapper chartFonts() {
        return new DefaultFontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? bold : regular;
            }
        };
    }

    static BaseFont parse(String location, Path baseDir) {
        try {
            byte[] bytes = read(location, baseDir);
            String name = location.substring(location.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + location, e);
        }
    }

    static byte[] read(String location, Path baseDir) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            try (InputStream in = PdfStyle.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no resource " + resource + " on the classpath");
                }
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(baseDir.resolve(location));
    }
}
