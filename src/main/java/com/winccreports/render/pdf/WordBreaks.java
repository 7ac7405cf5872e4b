package com.winccreports.render.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a cell's text may break: at spaces, and in a tag name after its dots ({@code L1.|DowntimeReason}) —
 * never inside a word, a date ({@code 2026-11-24}), a unit ({@code units/min}) or a number with its sign
 * ({@code 100.0 %}, written with a no-break space).
 */
final class WordBreaks implements SplitCharacter {

    static final WordBreaks AT_SPACES = new WordBreaks(false);
    static final WordBreaks AT_SPACES_AND_DOTS = new WordBreaks(true);

    private final boolean dots;

    private WordBreaks(boolean dots) {
        this.dots = dots;
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = ck == null ? cc[current] : (char) ck[Math.min(current, ck.length - 1)].getUnicodeEquivalent(cc[current]);
        return c == ' ' || dots && c == '.';
    }

    /** The pieces that cannot be broken further (the widest decides a column's smallest width). */
    List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (String word : line.split(" ")) {
                if (!dots) {
                    pieces.add(word);
                    continue;
                }
                int from = 0;
                for (int dot = word.indexOf('.'); dot >= 0; dot = word.indexOf('.', dot + 1)) {
                    pieces.add(word.substring(from, dot + 1));
                    from = dot + 1;
                }
                pieces.add(word.substring(from));
            }
        }
        return pieces;
    }
}
