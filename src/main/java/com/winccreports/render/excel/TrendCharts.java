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
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
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
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * Native Excel line charts (POI XDDF) at the template's {@code ${chart:trends}} and
 * {@code ${chart:shift-trend}} markers. Their data goes to a sheet of its own (time, UTC offset, one
 * column per tag), so the charts stay live and a user can re-plot. The charts are drawn from arrays
 * ({@link ChartRange}); the sheet gets its header here and its rows from {@link #data()} once the workbook
 * streams.
 */
final class TrendCharts {

    private static final int CHART_ROWS = 18;
    private static final int CHART_COLUMNS = 12;

    private final XSSFWorkbook workbook;
    private final ShiftReport report;
    private final ReportMessages messages;
    private XSSFSheet dataSheet;
    private TrendData data;

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
        Double[] times = writeTrendData(trends);
        String sheet = dataSheet().getSheetName();
        String axisFormat = report.period().multiDay() ? messages.get("excel.dateTime") : "hh:mm";
        XDDFNumericalDataSource<Double> x = ChartRange.numbers(sheet, 0, times);
        x.setFormatCode(axisFormat);
        XSSFDrawing drawing = anchor.sheet().createDrawingPatriarch();
        CTNumData timeCache = null;
        for (int i = 0; i < trends.size(); i++) {
            TrendSeries trend = trends.get(i);
            XSSFChart chart = chart(drawing, anchor, i, trend.label() + " [" + trend.unit() + "]");
            Double[] values = new Double[times.length];
            List<TrendPoint> points = trend.points();
            for (int p = 0; p < Math.min(times.length, points.size()); p++) {
                values[p] = Double.isNaN(points.get(p).value()) ? null : points.get(p).value();
            }
            data.column(2 + i, values, null);
            CTNumRef time = plot(chart, timeAxis(chart, axisFormat), timeCache == null ? x : ChartRange.withoutCache(x),
                    ChartRange.numbers(sheet, 2 + i, values), trend.tag(), trend.unit()).getCat().getNumRef();
            if (timeCache == null) {
                timeCache = time.getNumCache();
            } else {
                time.setNumCache(timeCache);   // every chart's time axis caches the same cells
            }
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
        CatalogContext catalog = new CatalogContext(report, messages);
        header(sheet, column + 1, catalog.kpiName(key) + " [" + unit + "]");
        String[] labels = new String[points.size()];
        Double[] values = new Double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            labels[i] = catalog.shiftLabel(points.get(i).productionDay(), points.get(i).shiftLabel());
            values[i] = Double.isNaN(points.get(i).value()) ? null : points.get(i).value() * scale;
        }
        data.column(column, labels, null);
        data.column(column + 1, values, null);
        XSSFChart chart = chart(anchor.sheet().createDrawingPatriarch(), anchor, 0, messages.get("section.shift-trend"));
        XDDFChartAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        plot(chart, x, ChartRange.labels(sheet.getSheetName(), column, labels),
                ChartRange.numbers(sheet.getSheetName(), column + 1, values), key, unit);
    }

    /**
     * A category axis over the local times, labelled hh:mm within a day and with the date over several days (the
     * reader spaces the labels). Not a date axis: its smallest unit is a day, and local times repeat in the
     * autumn hour, which an ordinal axis shows as is.
     */
    private XDDFChartAxis timeAxis(XSSFChart chart, String formatCode) {
        XDDFChartAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(messages.get("chart.time"));
        CTCatAx axis = chart.getCTChart().getPlotArea().getCatAxArray(0);
        CTNumFmt format = axis.isSetNumFmt() ? axis.getNumFmt() : axis.addNewNumFmt();
        format.setFormatCode(formatCode);
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

    private static CTLineSer plot(XSSFChart chart, XDDFChartAxis x, XDDFDataSource<?> categories,
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
        // the series alone: XDDFChart.plot would also build an empty embedded workbook per chart, unused
        series.plot();
        return series.getCTLineSer();
    }

    /** Headers, times and offsets of the trend-data sheet; returns the times (Excel serial numbers). */
    private Double[] writeTrendData(List<TrendSeries> trends) {
        XSSFSheet sheet = dataSheet();
        ZoneId zone = report.period().zone();
        CellStyle time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat(messages.get("excel.dateTime")));
        header(sheet, 0, messages.get("column.time"));
        header(sheet, 1, messages.get("column.offset"));
        List<TrendPoint> first = trends.get(0).points();
        Double[] times = new Double[first.size()];
        String[] offsets = new String[first.size()];
        for (int p = 0; p < first.size(); p++) {
            var local = first.get(p).time().atZone(zone);
            times[p] = DateUtil.getExcelDate(local.toLocalDateTime(), workbook.isDate1904());
            offsets[p] = ReportFormats.offset(local.getOffset());
        }
        data.column(0, times, time);
        data.column(1, offsets, null);
        for (int i = 0; i < trends.size(); i++) {
            header(sheet, 2 + i, trends.get(i).tag() + " [" + trends.get(i).unit() + "]");
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 18 * 256);
        return times;
    }

    /** The trend-data rows below the header, to be written ({@link TrendData}); null if no chart needs them. */
    TrendData data() {
        return data;
    }

    private XSSFSheet dataSheet() {
        if (dataSheet == null) {
            String name = messages.get("sheet.trendData");
            dataSheet = workbook.getSheet(name) != null ? workbook.getSheet(name) : workbook.createSheet(name);
            data = new TrendData(dataSheet.getSheetName());
        }
        return dataSheet;
    }

    private static Row row(XSSFSheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private static void header(XSSFSheet sheet, int column, String text) {
        row(sheet, 0).createCell(column).setCellValue(text);
    }
}
