package com.winccreports.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.render.ReportMessages;
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

    /** The tick labels the axis draws over {@code span} from 06:00 local on {@code day}, 480 points wide. */
    private static List<String> labels(Locale locale, LocalDate day, Duration span) {
        ReportMessages messages = ReportMessages.load(Path.of("report-templates"), locale);
        PdfCharts charts = new PdfCharts(messages, BERLIN, Color.BLUE, Color.ORANGE);
        ZonedDateTime from = ZonedDateTime.of(day, LocalTime.of(6, 0), BERLIN);
        DateAxis axis = charts.timeAxis(span.minusMinutes(1));
        axis.setRange(Date.from(from.toInstant()), Date.from(from.plus(span).toInstant()));
        BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            Rectangle2D area = new Rectangle2D.Double(60, 20, 480, 220);
            AxisState state = new AxisState(area.getMaxY());
            return axis.refreshTicks(g2, state, area, RectangleEdge.BOTTOM).stream()
                    .map(tick -> ((ValueTick) tick).getText()).toList();
        } finally {
            g2.dispose();
        }
    }
}
