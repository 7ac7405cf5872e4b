package com.winccreports.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A file of a package (or an input it was made from) as its manifest records it.
 *
 * @param path   path inside the package folder, {@code /}-separated (inputs: relative to the home folder)
 * @param role   what the file is: {@code report}, {@code data}, {@code summary}; for inputs {@code definition},
 *               {@code site}, {@code template}
 * @param bytes  size
 * @param sha256 SHA-256 of the content, lower-case hex
 * @param rows   rows per part where the file has rows ({@link RowCounter}): one entry per worksheet of an
 *               {@code .xlsx}, one without a sheet for a {@code .csv}; absent for other files
 */
public record PackageFile(String path, String role, long bytes, String sha256,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<RowCount> rows) {

    public PackageFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        rows = rows == null ? null : List.copyOf(rows);
    }

    /** A file without rows. */
    public PackageFile(String path, String role, long bytes, String sha256) {
        this(path, role, bytes, sha256, null);
    }

    /**
     * Rows of one part of a file.
     *
     * @param sheet the worksheet's name; absent for a CSV file (one part)
     * @param rows  CSV: records, the header included; XLSX: rows stored with at least one cell, header rows included
     */
    public record RowCount(@JsonInclude(JsonInclude.Include.NON_NULL) String sheet, long rows) {
    }
}
