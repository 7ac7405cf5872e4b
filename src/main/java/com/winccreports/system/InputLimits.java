package com.winccreports.system;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds on what the product reads from files a person supplies: the size of a template file, and POI's
 * zip-bomb guards for {@code .xlsx} templates (an entry may not inflate more than 100× nor beyond 100 MB, a
 * workbook may not hold more than 1,000 parts). Applied before a template is opened.
 */
public final class InputLimits {

    /** Largest template or layout file read (a real report template is a few hundred kB). */
    public static final long MAX_TEMPLATE_BYTES = 20L * 1024 * 1024;

    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    private static final long MAX_PARTS = 1_000;
    private static final long MAX_TEXT_CHARS = 10_000_000;

    private InputLimits() {
    }

    /** Sets POI's limits (process-wide; idempotent). */
    public static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }
}
