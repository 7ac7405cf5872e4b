package com.winccreports.definition;

import java.util.List;
import java.util.Objects;

/**
 * How the report is rendered: the Excel template and the PDF layout (paths relative to the home folder),
 * the output formats and the language of labels and number formats ({@code en}, {@code de}).
 */
public record ReportSection(String template, String layout, List<ReportFormat> formats, String language) {

    public ReportSection {
        formats = formats == null || formats.isEmpty() ? List.of(ReportFormat.XLSX, ReportFormat.PDF)
                : List.copyOf(formats);
        language = Objects.requireNonNullElse(language, "en");
    }

    /** An output format and the file extension it writes. */
    public enum ReportFormat {
        @com.fasterxml.jackson.annotation.JsonProperty("xlsx") XLSX("xlsx"),
        @com.fasterxml.jackson.annotation.JsonProperty("pdf") PDF("pdf");

        private final String extension;

        ReportFormat(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }
}
