package com.winccreports.simulator.http;

/** A small scanner over a filter text; every failure is a 400 naming {@code filter} and the position. */
final class FilterTokens {

    private final String text;
    private int pos;

    FilterTokens(String text) {
        this.text = text;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    boolean atEnd() {
        skipSpace();
        return pos >= text.length();
    }

    String identifier() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw fail("a field name");
        }
        return text.substring(start, pos);
    }

    String operator() {
        skipSpace();
        for (String op : new String[] {"<=", ">=", "<>", "!=", "=", "<", ">"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        throw fail("an operator (= <> < <= > >=)");
    }

    String quoted() {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != '\'') {
            throw fail("a quoted literal");
        }
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (pos < text.length() && text.charAt(pos) == '\'') {
                    out.append('\'');
                    pos++;
                } else {
                    return out.toString();
                }
            } else {
                out.append(c);
            }
        }
        throw fail("a closing quote");
    }

    String number() {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '\'') {
            return quoted();
        }
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw fail("a number");
        }
        return text.substring(start, pos);
    }

    void keyword(String word) {
        String found = identifier();
        if (!found.equalsIgnoreCase(word)) {
            throw ApiException.badParameter("filter", "expects " + word + " at position " + (pos - found.length())
                    + ", found '" + found + "'");
        }
    }

    private ApiException fail(String expected) {
        return ApiException.badParameter("filter", "expects " + expected + " at position " + pos);
    }
}
