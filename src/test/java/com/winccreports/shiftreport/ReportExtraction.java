package com.winccreports.shiftreport;

import com.winccreports.publication.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * What a person sees in published report files, as plain lines that can be compared with a committed golden:
 * every non-blank Excel cell (sheet, reference, type, value; a formula with its cached result) and the text of
 * every PDF page, read back with POI and PDFBox. Values that differ from run to run without the report changing
 * (the simulator's ephemeral port) are masked.
 */
final class ReportExtraction {

    /** Sheets with more rows than this are compared by column digests. */
    private static final int LONG_SHEET_ROWS = 500;
    private static final Pattern LOOPBACK_PORT = Pattern.compile("127\\.0\\.0\\.1:\\d+");

    private ReportExtraction() {
    }

    /** The lines of every file, in the order given, each file introduced by its name. */
    static List<String> of(List<Path> files) {
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            lines.add("### " + name);
            if (name.endsWith(".xlsx")) {
                lines.addAll(cells(file));
            } else if (name.endsWith(".pdf")) {
                lines.addAll(text(file));
            }
        }
        return lines.stream().map(line -> LOOPBACK_PORT.matcher(line).replaceAll("127.0.0.1:<port>")).toList();
    }

    static List<String> cells(Path xlsx) {
        List<String> lines = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                lines.add("## sheet " + sheet.getSheetName());
                lines.addAll(sheet.getLastRowNum() < LONG_SHEET_ROWS ? cellLines(sheet) : columnDigests(sheet));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + xlsx, e);
        }
        return lines;
    }

    private static List<String> cellLines(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String value = value(cell);
                if (value != null) {
                    lines.add(new CellReference(cell).formatAsString(false) + " " + value);
                }
            }
        }
        return lines;
    }

    /**
     * A long data table (trend buckets) as one line per column: its cell count, first and last cell, and a SHA-256
     * over all its cells — any changed cell still fails the comparison, naming the column, without a golden of
     * tens of thousands of lines.
     */
    private static List<String> columnDigests(Sheet sheet) {
        Map<Integer, List<String>> columns = new TreeMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String value = value(cell);
                if (value != null) {
                    columns.computeIfAbsent(cell.getColumnIndex(), c -> new ArrayList<>())
                            .add(new CellReference(cell).formatAsString(false) + " " + value);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        columns.forEach((column, cells) -> lines.add("column " + CellReference.convertNumToColString(column) + ": "
                + cells.size() + " cells, first " + cells.get(0) + ", last " + cells.get(cells.size() - 1)
                + ", sha256 " + Sha256.of(String.join("\n", cells).getBytes(StandardCharsets.UTF_8))));
        return lines;
    }


    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula() + " -> " + cached(cell);
            case NUMERIC -> "n " + number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().isEmpty() ? null : "s " + escape(cell.getStringCellValue());
            case BOOLEAN -> "b " + cell.getBooleanCellValue();
            case ERROR -> "e " + cell.getErrorCellValue();
            default -> null;
        };
    }

    private static String cached(Cell cell) {
        CellType type = cell.getCachedFormulaResultType();
        return switch (type) {
            case NUMERIC -> "n " + number(cell.getNumericCellValue());
            case STRING -> "s " + escape(cell.getStringCellValue());
            case BOOLEAN -> "b " + cell.getBooleanCellValue();
            case ERROR -> "e " + cell.getErrorCellValue();
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Shortest text that reads back as the same double. */
    private static String number(double value) {
        return Double.toString(value);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    static List<String> text(Path pdf) {
        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                lines.add("## page " + page);
                stripper.getText(document).lines().map(String::stripTrailing).filter(l -> !l.isEmpty())
                        .forEach(lines::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
        return lines;
    }
}
