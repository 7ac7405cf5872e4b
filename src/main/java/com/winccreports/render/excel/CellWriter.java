package com.winccreports.render.excel;

import com.winccreports.render.ReportMessages;
import com.winccreports.report.TrafficLight;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes typed values into template cells: numbers as numbers, times as Excel dates, percentages as
 * fractions with a {@code %} format, statuses on a traffic-light fill. A cell keeps the template's style;
 * where that style has no suitable number format (General), a copy with a default format is used.
 */
final class CellWriter {

    private static final Map<TrafficLight, byte[]> FILLS = Map.of(
            TrafficLight.GREEN, new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE},
            TrafficLight.AMBER, new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C},
            TrafficLight.RED, new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE});

    private final Workbook workbook;
    private final String dateTimeFormat;
    private final String dateFormat;
    private final Map<String, CellStyle> derived = new HashMap<>();

    CellWriter(Workbook workbook, ReportMessages messages) {
        this.workbook = workbook;
        this.dateTimeFormat = messages.get("excel.dateTime");
        this.dateFormat = messages.get("excel.date");
    }

    void write(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof CellValues.Percent percent) {
            cell.setCellValue(percent.fraction());
            withFormatUnless(cell, "0.0%", f -> f.contains("%"));
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            withFormatUnless(cell, dateTimeFormat, CellWriter::isDateFormat);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            withFormatUnless(cell, dateFormat, CellWriter::isDateFormat);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof CellValues.Status status) {
            cell.setCellValue(status.text());
            withFill(cell, status.light());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Keeps the template's format when it suits the value (a plant's own date format), else derives one. */
    private void withFormatUnless(Cell cell, String format, Predicate<String> suits) {
        CellStyle style = cell.getCellStyle();
        if (style.getDataFormat() != 0 && suits.test(style.getDataFormatString())) {
            return;
        }
        String key = style.getIndex() + "|" + format;
        cell.setCellStyle(derived.computeIfAbsent(key, k -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setDataFormat(workbook.createDataFormat().getFormat(format));
            return copy;
        }));
    }

    private static boolean isDateFormat(String format) {
        return DateUtil.isADateFormat(-1, format);
    }

    private void withFill(Cell cell, TrafficLight light) {
        byte[] rgb = FILLS.get(light);
        if (rgb == null) {
            return;
        }
        CellStyle style = cell.getCellStyle();
        String key = style.getIndex() + "|fill|" + light;
        cell.setCellStyle(derived.computeIfAbsent(key, k -> {
            XSSFCellStyle copy = (XSSFCellStyle) workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setFillForegroundColor(new XSSFColor(rgb, null));
            copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return copy;
        }));
    }
}
