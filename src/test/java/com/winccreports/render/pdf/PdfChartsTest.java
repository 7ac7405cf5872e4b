package com.winccreports.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.render.ReportMessages;
import com.winccreports.report.KpiTrendPoint;
import com.winccreports.report.TrendPoint;
import com.winccreports.report.TrendSeries;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The trend charts' time axis: labels a reader can tell apart whatever the period. */
class PdfChartsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aDaysAxisShowsClockTimes() {
        List<String> labels = labels(Locale.ENGLISH, LocalDate.of(2026, 11, 24), Duration.ofDays(1));

        assertThat(labels).isNotEmpty().allMatch(l -> l.matches("\\d\\d:\\d\\d"));
        assertThat(labels).doesNotHaveDuplicates();
    }

    @Test
    void aMonthsAxisShowsDistinctDatesAtMidnightNotTheSameClockTimeOverAndOver() {
        List<String> english = labels(Locale.ENGLISH, LocalDate.of(2026, 10, 25), Duration.ofDays(31));
        List<String> german = labels(Locale.GERMAN, LocalDate.of(2026, 10, 25), Duration.ofDays(31));

        assertThat(english).hasSizeBetween(3, 9).doesNotHaveDuplicates()
                .allMatch(l -> l.matches("2026-1[01]-\\d\\d"));
        assertThat(german).hasSizeBetween(3, 9).doesNotHaveDuplicates()
                .allMatch(l -> l.matches("\\d\\d\\.1[01]\\.2026"));
    }

    @Test
    void aFewDaysAxisShowsDateAndTime() {
        List<String> labels = labels(Locale.ENGLISH, LocalDate.of(2026, 11, 22), Duration.ofDays(3));

        assertThat(labels).isNotEmpty().doesNotHaveDuplicates()
                .allMatch(l -> l.matches("2026-11-\\d\\d \\d\\d:\\d\\d"));
    }

    @Test
    void aWeeksAxisShowsDatesThatDoNotRunIntoEachOther() {
        List<String> labels = labels(Locale.GERMAN, LocalDate.of(2026, 11, 17), Duration.ofDays(7));

        assertThat(labels).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates()
                .allMatch(l -> l.matches("\\d\\d\\.11\\.2026"));
    }

    @Test
    void aWeeksShiftTrendHasAPointPerShiftOnADateAxisWhileADaysNamesItsThreeShifts() {
        ReportMessages messages = ReportMessages.load(Path.of("report-templates"), Locale.ENGLISH);
        PdfCharts charts = new PdfCharts(messages, BERLIN, Color.BLUE, Color.ORANGE);
        List<KpiTrendPoint> week = new java.util.ArrayList<>();
        String[] labels = {"Early shift", "Late shift", "Night shift"};
        for (int d = 0; d < 7; d++) {
            LocalDate day = LocalDate.of(2026, 11, 17).plusDays(d);
            for (int s = 0; s < 3; s++) {
                week.add(new KpiTrendPoint("oee", day, labels[s], labels[s],
                        ZonedDateTime.of(day, LocalTime.of(6 + 8 * s, 0), BERLIN).toOffsetDateTime(), 60 + d + s));
            }
        }

        var weekChart = charts.shiftTrend("OEE", week, 70, "%", true);
        var dayChart = charts.shiftTrend("OEE", week.subList(0, 3), 70, "%", false);

        assertThat(weekChart.getXYPlot().getDataset().getItemCount(0)).as("one point per shift").isEqualTo(21);
        assertThat(weekChart.getXYPlot().getDomainAxis()).isInstanceOf(DateAxis.class);
        assertThat(dayChart.getCategoryPlot().getDataset().getColumnKeys()).containsExactly((Object[]) labels);
    }

    /**
     * The tick labels the axis draws over {@code span} from 06:00 local on {@code day} on a chart as wide as the
     * PDF's (a portrait A4 page between its margins); each label fits between its neighbours' ticks.
     */
    private static List<String> labels(Locale locale, LocalDate day, Duration span) {
        ReportMessages messages = ReportMessages.load(Path.of("report-templates"), locale);
        PdfCharts charts = new PdfCharts(messages, BERLIN, Color.BLUE, Color.ORANGE);
        ZonedDateTime from = ZonedDateTime.of(day, LocalTime.of(6, 0), BERLIN);
        List<TrendPoint> points = new java.util.ArrayList<>();
        for (var t = from.toInstant(); t.isBefore(from.plus(span).toInstant()); t = t.plusSeconds(600)) {
            points.add(new TrendPoint(t, 70 + Math.sin(t.getEpochSecond() / 3600.0)));
        }
        DateAxis axis = (DateAxis) charts.trend(new TrendSeries("L1.Temperature", "Product temperature", "°C",
                Duration.ofMinutes(10), points)).getXYPlot().getDomainAxis();
        axis.setRange(Date.from(from.toInstant()), Date.from(from.plus(span).toInstant()));
        BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            Rectangle2D area = new Rectangle2D.Double(40, 20, 460, 120);   // a 523 pt wide chart's plot
            AxisState state = new AxisState(area.getMaxY());
            List<ValueTick> ticks = new java.util.ArrayList<>();
            for (Object tick : axis.refreshTicks(g2, state, area, RectangleEdge.BOTTOM)) {
                if (!((ValueTick) tick).getText().isEmpty()) {
                    ticks.add((ValueTick) tick);
                }
            }
            var metrics = g2.getFontMetrics(axis.getTickLabelFont());
            for (int i = 1; i < ticks.size(); i++) {
                double gap = axis.valueToJava2D(ticks.get(i).getValue(), area, RectangleEdge.BOTTOM)
                        - axis.valueToJava2D(ticks.get(i - 1).getValue(), area, RectangleEdge.BOTTOM);
                double room = (metrics.stringWidth(ticks.get(i).getText())
                        + metrics.stringWidth(ticks.get(i - 1).getText())) / 2.0;
                assertThat(gap).as("room between %s and %s", ticks.get(i - 1).getText(), ticks.get(i).getText())
                        .isGreaterThan(room);
            }
            return ticks.stream().map(ValueTick::getText).toList();
        } finally {
            g2.dispose();
        }
    }
}
