package com.winccreports.render.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An {@code .xlsx} template, read once and opened afresh for every report (a filled workbook is never
 * reused). See docs/reports.md for the placeholder markup.
 *
 * @param name    where it came from, for messages
 * @param content the file's bytes
 */
public record ExcelTemplate(String name, byte[] content) {

    public ExcelTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    public static ExcelTemplate load(Path file) throws IOException {
        return new ExcelTemplate(file.toString(), Files.readAllBytes(file));
    }

    XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }
}
