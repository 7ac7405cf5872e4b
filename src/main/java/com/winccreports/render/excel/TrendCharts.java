package com.winccreports.render.excel;

import com.winccreports.render.CatalogContext;
import com.winccreports.render.NumberPatterns;
import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.KpiTrendPoint;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.TrendPoint;
import com.winccreports.report.TrendSeries;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * Native Excel line charts (POI XDDF) at the template's {@code ${chart:trends}} and
 * {@code ${chart:shift-trend}} markers. Their data goes to a sheet of its own (time, UTC offset, one
 * column per tag), so the charts stay live and a user can re-plot.
 */
final class TrendCharts {

    private static final int CHART_ROWS = 18;
    private static final int CHART_COLUMNS = 12;

    private final XSSFWorkbook workbook;
    private final ShiftReport report;
    private final ReportMessages messages;
    private XSSFSheet data;

    TrendCharts(XSSFWorkbook workbook, ShiftReport report, ReportMessages messages) {
        this.workbook = workbook;
        this.report = report;
        this.messages = messages;
    }

    /** Draws the charts a marker asks for; returns a warning for an unknown chart name, else null. */
    String draw(TemplateFiller.ChartAnchor anchor) {
        switch (anchor.name()) {
            case "trends" -> trends(anchor);
            case "shift-trend" -> shiftTrend(anchor);
            default -> {
                return anchor.sheet().getSheetName() + ": unknown chart ${chart:" + anchor.name() + "}";
            }
        }
        return null;
    }

    private void trends(TemplateFiller.ChartAnchor anchor) {
        List<TrendSeries> trends = report.trends();
        if (trends.isEmpty()) {
            return;
        }
        int points = writeTrendData(trends);
        XSSFSheet sheet = dataSheet();
        XDDFNumericalDataSource<Double> times = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, points, 0, 0));
        times.setFormatCode("hh:mm");
        XSSFDrawing drawing = anchor.sheet().createDrawingPatriarch();
        for (int i = 0; i < trends.size(); i++) {
            TrendSeries trend = trends.get(i);
            XSSFChart chart = chart(drawing, anchor, i, trend.label() + " [" + trend.unit() + "]");
            XDDFChartAxis x = timeAxis(chart);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, points, 2 + i, 2 + i));
            plot(chart, x, times, values, trend.tag(), trend.unit());
        }
    }

    private void shiftTrend(TemplateFiller.ChartAnchor anchor) {
        List<KpiTrendPoint> points = report.shiftTrend();
        if (points.isEmpty()) {
            return;
        }
        XSSFSheet sheet = dataSheet();
        int column = Math.max(sheet.getRow(0) == null ? 0 : sheet.getRow(0).getLastCellNum(), 0) + 1;
        header(sheet, column, messages.get("column.shift"));
        String key = points.get(0).kpiKey();
        String engineUnit = report.periodKpi(key).map(k -> k.unit()).orElse("");
        String unit = NumberPatterns.displayUnit(engineUnit);
        double scale = "ratio".equals(engineUnit) ? 100 : 1;
        header(sheet, column + 1, new CatalogContext(report, messages).kpiName(key) + " [" + unit + "]");
        for (int i = 0; i < points.size(); i++) {
            Row row = row(sheet, i + 1);
            row.createCell(column).setCellValue(points.get(i).shiftLabel());
            if (!Double.isNaN(points.get(i).value())) {
                row.createCell(column + 1).setCellValue(points.get(i).value() * scale);
            }
        }
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, points.size(), column, column));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, points.size(), column + 1, column + 1));
        XSSFChart chart = chart(anchor.sheet().createDrawingPatriarch(), anchor, 0, messages.get("section.shift-trend"));
        XDDFChartAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        plot(chart, x, labels, values, key, unit);
    }

    /**
     * A category axis over the local times, labelled hh:mm (the reader spaces the labels). Not a date axis: its
     * smallest unit is a day, and local times repeat in the autumn hour, which an ordinal axis shows as is.
     */
    private XDDFChartAxis timeAxis(XSSFChart chart) {
        XDDFChartAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(messages.get("chart.time"));
        CTCatAx axis = chart.getCTChart().getPlotArea().getCatAxArray(0);
        CTNumFmt format = axis.isSetNumFmt() ? axis.getNumFmt() : axis.addNewNumFmt();
        format.setFormatCode("hh:mm");
        format.setSourceLinked(false);
        return x;
    }

    private XSSFChart chart(XSSFDrawing drawing, TemplateFiller.ChartAnchor anchor, int index, String title) {
        int top = anchor.row() + index * (CHART_ROWS + 1);
        XSSFClientAnchor place = drawing.createAnchor(0, 0, 0, 0, anchor.column(), top,
                anchor.column() + CHART_COLUMNS, top + CHART_ROWS);
        XSSFChart chart = drawing.createChart(place);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        return chart;
    }

    private static void plot(XSSFChart chart, XDDFChartAxis x, XDDFDataSource<?> categories,
            XDDFNumericalDataSource<Double> values, String name, String unit) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(unit);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setGrouping(Grouping.STANDARD);
        data.setVaryColors(false);
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, values);
        series.setTitle(name, null);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.NONE);
        // an explicit line: readers that do not apply a default series style (LibreOffice) draw it too
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {0x1F, 0x4E, 0x79})));
        line.setWidth(1.25);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        series.setShapeProperties(shape);
        chart.plot(data);
    }

    /** Writes time, offset and one column per trend; returns the number of points. */
    private int writeTrendData(List<TrendSeries> trends) {
        XSSFSheet sheet = dataSheet();
        ZoneId zone = report.period().zone();
        CellStyle time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat(messages.get("excel.dateTime")));
        header(sheet, 0, messages.get("column.time"));
        header(sheet, 1, messages.get("column.offset"));
        List<TrendPoint> first = trends.get(0).points();
        for (int p = 0; p < first.size(); p++) {
            var local = first.get(p).time().atZone(zone);
            Row row = row(sheet, p + 1);
            row.createCell(0).setCellValue(local.toLocalDateTime());
            row.getCell(0).setCellStyle(time);
            row.createCell(1).setCellValue(ReportFormats.offset(local.getOffset()));
        }
        for (int i = 0; i < trends.size(); i++) {
            TrendSeries trend = trends.get(i);
            header(sheet, 2 + i, trend.tag() + " [" + trend.unit() + "]");
            for (int p = 0; p < Math.min(first.size(), trend.points().size()); p++) {
                double value = trend.points().get(p).value();
                if (!Double.isNaN(value)) {
                    row(sheet, p + 1).createCell(2 + i).setCellValue(value);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 18 * 256);
        return first.size();
    }

    private XSSFSheet dataSheet() {
        if (data == null) {
            String name = messages.get("sheet.trendData");
            data = workbook.getSheet(name) != null ? workbook.getSheet(name) : workbook.createSheet(name);
        }
        return data;
    }

    private static Row row(XSSFSheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private static void header(XSSFSheet sheet, int column, String text) {
        row(sheet, 0).createCell(column).setCellValue(text);
    }
}
