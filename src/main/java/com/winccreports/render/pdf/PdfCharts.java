package com.winccreports.render.pdf;

import com.winccreports.render.ReportMessages;
import com.winccreports.report.DowntimeReason;
import com.winccreports.report.KpiTrendPoint;
import com.winccreports.report.TrendPoint;
import com.winccreports.report.TrendSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** JFreeChart charts of the report; {@link ChartSections} draws them as vectors onto the PDF. */
final class PdfCharts {

    private static final Color GRID = new Color(0xD0D0D0);

    /** Up to a production day (25 h across a clock change) a trend's axis shows clock times. */
    private static final Duration ONE_DAY = Duration.ofHours(25);
    /** Up to this, date and time; beyond, dates. */
    private static final Duration FEW_DAYS = Duration.ofDays(4);

    private final ReportMessages messages;
    private final ZoneId zone;
    private final Color primary;
    private final Color accent;

    PdfCharts(ReportMessages messages, ZoneId zone, Color primary, Color accent) {
        this.messages = messages;
        this.zone = zone;
        this.primary = primary;
        this.accent = accent;
    }

    /** A time chart of one tag; NaN points leave a gap in the line. */
    JFreeChart trend(TrendSeries trend) {
        TimeSeries series = new TimeSeries(trend.tag());
        for (TrendPoint point : trend.points()) {
            series.add(new FixedMillisecond(point.time().toEpochMilli()),
                    Double.isNaN(point.value()) ? null : point.value());
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(trend.label() + " (" + trend.tag() + ")",
                messages.get("chart.time"), trend.unit(), new TimeSeriesCollection(series), false, false, false);
        XYPlot plot = chart.getXYPlot();
        List<TrendPoint> points = trend.points();
        plot.setDomainAxis(timeAxis(points.isEmpty() ? Duration.ZERO
                : Duration.between(points.get(0).time(), points.get(points.size() - 1).time())));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.getRenderer().setSeriesPaint(0, primary);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(0.8f));
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return chart;
    }

    /**
     * The time axis of a trend over {@code span}: clock times within a day; beyond, date and time up to a few
     * days and dates at whole days (local midnight) over a week or a month. The axis picks the smallest step at
     * which its labels do not overlap, so no two labels run into each other or read the same.
     */
    DateAxis timeAxis(Duration span) {
        TimeZone timeZone = TimeZone.getTimeZone(zone);
        DateAxis axis = new DateAxis(messages.get("chart.time"), timeZone, messages.locale());
        if (span.compareTo(ONE_DAY) <= 0) {
            axis.setDateFormatOverride(format("HH:mm", timeZone));
            return axis;
        }
        TickUnits steps = new TickUnits();
        if (span.compareTo(FEW_DAYS) <= 0) {
            SimpleDateFormat dateTime = format(messages.get("format.dateTime"), timeZone);
            for (int hours : new int[] {3, 6, 12}) {
                steps.add(new DateTickUnit(DateTickUnitType.HOUR, hours, dateTime));
            }
        }
        SimpleDateFormat date = format(messages.get("format.date"), timeZone);
        for (int days : new int[] {1, 2, 3, 7, 14, 28}) {
            steps.add(new DateTickUnit(DateTickUnitType.DAY, days, span.compareTo(FEW_DAYS) <= 0
                    ? format(messages.get("format.dateTime"), timeZone) : date));
        }
        axis.setStandardTickUnits(steps);
        axis.setAutoTickUnitSelection(true);
        return axis;
    }

    private SimpleDateFormat format(String pattern, TimeZone timeZone) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, messages.locale());
        format.setTimeZone(timeZone);
        return format;
    }

    /** Downtime minutes per reason as bars, longest first, with the cumulative share as a line. */
    JFreeChart pareto(List<DowntimeReason> reasons) {
        DefaultCategoryDataset minutes = new DefaultCategoryDataset();
        DefaultCategoryDataset cumulative = new DefaultCategoryDataset();
        double total = reasons.stream().mapToLong(r -> r.duration().toSeconds()).sum();
        double running = 0;
        for (DowntimeReason reason : reasons) {
            running += reason.duration().toSeconds();
            minutes.addValue(minutes(reason.duration()), messages.get("chart.minutes"), reason.label());
            cumulative.addValue(total == 0 ? 0 : 100 * running / total, messages.get("chart.cumulative"),
                    reason.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, messages.get("chart.minutes"), minutes,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, primary);
        NumberAxis percent = new NumberAxis(messages.get("chart.cumulative"));
        percent.setRange(0, 105);
        plot.setRangeAxis(1, percent);
        plot.setDataset(1, cumulative);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, accent);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        styleCategory(chart);
        return chart;
    }

    /**
     * One KPI over recent shifts, with its target as a dashed line: a point per shift named by its label within a
     * production day; over several days (a week's 21 shifts, a month's 93, whose labels repeat) a point at each
     * shift's start on a time axis labelled with dates.
     */
    JFreeChart shiftTrend(String title, List<KpiTrendPoint> points, double target, String unit, boolean overDays) {
        if (overDays) {
            return shiftTrendOverDays(title, points, target, unit);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (KpiTrendPoint point : points) {
            data.addValue(Double.isNaN(point.value()) ? null : point.value(), title,
                    point.shiftLabel());
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, unit, data, PlotOrientation.VERTICAL, true,
                false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, primary);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        if (!Double.isNaN(target)) {
            plot.addRangeMarker(targetMarker(target));
        }
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        styleCategory(chart);
        return chart;
    }

    private JFreeChart shiftTrendOverDays(String title, List<KpiTrendPoint> points, double target, String unit) {
        TimeSeries series = new TimeSeries(title);
        for (KpiTrendPoint point : points) {
            series.addOrUpdate(new FixedMillisecond(point.start().toInstant().toEpochMilli()),
                    Double.isNaN(point.value()) ? null : point.value());
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, unit, new TimeSeriesCollection(series),
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(timeAxis(Duration.between(points.get(0).start(), points.get(points.size() - 1).start())));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, primary);
        renderer.setSeriesShape(0, new Rectangle2D.Double(-2, -2, 4, 4));
        plot.setRenderer(renderer);
        if (!Double.isNaN(target)) {
            plot.addRangeMarker(targetMarker(target));
        }
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return chart;
    }

    private ValueMarker targetMarker(double target) {
        ValueMarker marker = new ValueMarker(target, accent, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1, new float[] {4, 3}, 0));
        marker.setLabel(messages.get("column.target"));
        marker.setLabelFont(new Font("SansSerif", Font.PLAIN, 7));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    private void styleCategory(JFreeChart chart) {
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setTickLabelFont(new Font("SansSerif", Font.PLAIN, 7));
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 10));
        }
    }

    private static double minutes(Duration duration) {
        return duration.toSeconds() / 60.0;
    }
}
