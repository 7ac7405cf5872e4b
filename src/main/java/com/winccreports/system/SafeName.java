package com.winccreports.system;

import java.util.regex.Pattern;

/**
 * A name that becomes one element of a path the product writes: job names (from file names), period labels,
 * line names, file names. Letters, digits, {@code . _ - +}, starting with a letter or digit, at most 120
 * characters, never {@code ..}: a name can neither climb out of its folder nor hide as a dot file.
 */
public final class SafeName {

    /** The longest name accepted (file systems allow 255 bytes; names are combined into file names). */
    public static final int MAX_LENGTH = 120;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    private SafeName() {
    }

    /** True when {@code value} is a safe name. */
    public static boolean isSafe(String value) {
        return value != null && value.length() <= MAX_LENGTH && ALLOWED.matcher(value).matches()
                && !value.contains("..");
    }

    /**
     * {@code value} if it is safe; else an {@link InvalidInputException} naming {@code what} (e.g. "job name")
     * and what is allowed.
     */
    public static String check(String what, String value) {
        if (!isSafe(value)) {
            throw new InvalidInputException(problem(what, value));
        }
        return value;
    }

    /** Why {@code value} is not a safe name, as one sentence naming {@code what}. */
    public static String problem(String what, String value) {
        String shown = value == null ? "(none)" : "'" + value + "'";
        return what + " " + shown + " is not allowed: use letters, digits, '.', '_', '-' and '+', starting with a "
                + "letter or digit, no '..', at most " + MAX_LENGTH + " characters";
    }
}
