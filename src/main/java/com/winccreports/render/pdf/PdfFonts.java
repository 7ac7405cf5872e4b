package com.winccreports.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * The product's own fonts ({@code classpath:}), parsed once per JVM instead of at every PDF: parsing a TrueType
 * font costs about 0.1 s warm and more than a second cold. A parsed font is lent to one document at a time
 * (side-by-side documents each get their own, OpenPDF writes a font's subset when its document closes), so the
 * pool holds at most as many of a font as documents were ever rendered at once. Fonts from a layout's folder are
 * read each time: a plant may replace the file.
 */
final class PdfFonts {

    private static final Map<String, Queue<BaseFont>> IDLE = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    /** An idle parsed copy of {@code location}, or a new one from {@code parse}. */
    static BaseFont borrow(String location, Supplier<BaseFont> parse) {
        if (!pooled(location)) {
            return parse.get();
        }
        BaseFont idle = IDLE.computeIfAbsent(location, key -> new ConcurrentLinkedQueue<>()).poll();
        return idle != null ? idle : parse.get();
    }

    /** Gives {@code font} back once its document is closed (or abandoned). */
    static void giveBack(String location, BaseFont font) {
        if (pooled(location)) {
            IDLE.computeIfAbsent(location, key -> new ConcurrentLinkedQueue<>()).add(font);
        }
    }

    private static boolean pooled(String location) {
        return location.startsWith("classpath:");
    }
}
