package com.winccreports.system;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of what is written: the {@code user:password@} part of a URL is removed before a
 * URL goes into a manifest, a report, a log line or an error message.
 */
public final class Redaction {

    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]*@");

    private Redaction() {
    }

    /** {@code uri} without its user information. */
    public static String url(URI uri) {
        return urls(uri.toString());
    }

    /** {@code text} with the user information of every URL in it removed. */
    public static String urls(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll("$1");
    }
}
