package com.winccreports.render.excel;

import com.winccreports.render.CellValue;
import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.shift.kpi.TrafficLight;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes catalog cells into a workbook: numbers as numbers in the catalog's number format (the same pattern the
 * PDF prints with), times as Excel dates, statuses on their band's fill, a missing value as an en dash. A cell
 * keeps the rest of the template's style; a template's own date format wins over the default one.
 */
final class CellWriter {

    private static final Map<TrafficLight, byte[]> FILLS = fills();

    private final Workbook workbook;
    private final ReportFormats formats;
    private final String dateTimeFormat;
    private final String dateFormat;
    private final Map<String, CellStyle> derived = new HashMap<>();

    CellWriter(Workbook workbook, ReportFormats formats) {
        this.workbook = workbook;
        this.formats = formats;
        ReportMessages messages = formats.messages();
        this.dateTimeFormat = messages.get("excel.dateTime");
        this.dateFormat = messages.get("excel.date");
    }

    private static Map<TrafficLight, byte[]> fills() {
        Map<TrafficLight, byte[]> fills = new EnumMap<>(TrafficLight.class);
        fills.put(TrafficLight.ON_TARGET, rgb(0xC6, 0xEF, 0xCE));
        fills.put(TrafficLight.ACCEPTABLE, rgb(0xE2, 0xF0, 0xD9));
        fills.put(TrafficLight.WARNING, rgb(0xFF, 0xEB, 0x9C));
        fills.put(TrafficLight.OFF_TARGET, rgb(0xFF, 0xC7, 0xCE));
        fills.put(TrafficLight.DATA_PROBLEM, rgb(0xD9, 0xC8, 0xE6));
        return fills;
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    void write(Cell cell, CellValue value) {
        if (value instanceof CellValue.Number n) {
            cell.setCellValue(n.value());
            withFormat(cell, n.pattern());
        } else if (value instanceof CellValue.Time t) {
            cell.setCellValue(t.time().toLocalDateTime());
            withFormatUnless(cell, dateTimeFormat, CellWriter::isDateFormat);
        } else if (value instanceof CellValue.Day d) {
            cell.setCellValue(d.day());
            withFormatUnless(cell, dateFormat, CellWriter::isDateFormat);
        } else if (value instanceof CellValue.Status s) {
            cell.setCellValue(formats.status(s.light()));
            withFill(cell, s.light());
        } else if (value instanceof CellValue.Missing) {
            cell.setCellValue(CellValue.DASH);
            aligned(cell);
        } else {
            String text = ((CellValue.Text) value).text();
            if (text.isEmpty()) {
                cell.setBlank();
            } else {
                cell.setCellValue(text);
            }
        }
    }

    /** The catalog's number format: Excel and PDF show a number alike, whatever format the template cell had. */
    private void withFormat(Cell cell, String format) {
        CellStyle style = cell.getCellStyle();
        if (format.equals(style.getDataFormatString())) {
            return;
        }
        derive(cell, style.getIndex() + "|" + format, copy -> copy.setDataFormat(
                workbook.createDataFormat().getFormat(format)));
    }

    /** Keeps the template's format when it suits the value (a plant's own date format), else derives one. */
    private void withFormatUnless(Cell cell, String format, Predicate<String> suits) {
        CellStyle style = cell.getCellStyle();
        if (style.getDataFormat() != 0 && suits.test(style.getDataFormatString())) {
            return;
        }
        withFormat(cell, format);
    }

    /** A missing value sits where its number would. */
    private void aligned(Cell cell) {
        CellStyle style = cell.getCellStyle();
        if (style.getAlignment() == HorizontalAlignment.GENERAL) {
            derive(cell, style.getIndex() + "|right", copy -> copy.setAlignment(HorizontalAlignment.RIGHT));
        }
    }

    private static boolean isDateFormat(String format) {
        return DateUtil.isADateFormat(-1, format);
    }

    private void withFill(Cell cell, TrafficLight light) {
        byte[] rgb = FILLS.get(light);
        if (rgb == null) {
            return;
        }
        derive(cell, cell.getCellStyle().getIndex() + "|fill|" + light, copy -> {
            ((XSSFCellStyle) copy).setFillForegroundColor(new XSSFColor(rgb, null));
            copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        });
    }

    private void derive(Cell cell, String key, java.util.function.Consumer<CellStyle> change) {
        CellStyle style = cell.getCellStyle();
        cell.setCellStyle(derived.computeIfAbsent(key, k -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            change.accept(copy);
            return copy;
        }));
    }
}
