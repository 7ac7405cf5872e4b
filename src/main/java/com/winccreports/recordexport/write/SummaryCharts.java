package com.winccreports.recordexport.write;

import com.winccreports.recordexport.rows.TagSummary;
import com.winccreports.shift.aggregate.TagKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart of a tag group: an analog tag's or a counter's bucket means, a bucket without a usable value a break in
 * the line; a state's or a setpoint's value in force as steps (logged on change, most buckets hold no value of their
 * own), broken where the engine found a gap or bad quality.
 */
final class SummaryCharts {

    private SummaryCharts() {
    }

    static JFreeChart chart(String unit, List<SummaryContent.TagResult> tags) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (SummaryContent.TagResult tag : tags) {
            TagSummary summary = tag.summary();
            XYSeries series = new XYSeries(summary.tag().name(), false, true);
            if (onChange(summary.tag().profile().tagKind())) {
                double[] inForce = summary.inForce(tag.statistics().stretches());
                for (int i = 0; i < TagSummary.BUCKETS; i++) {
                    Double value = Double.isNaN(inForce[i]) ? null : inForce[i];
                    // the value in force over the whole bucket: a step at its start, held to its end
                    series.add(summary.bucketStart(i), value);
                    series.add(summary.bucketEnd(i) - 1, value);
                }
            } else {
                for (int i = 0; i < TagSummary.BUCKETS; i++) {
                    double mean = summary.bucketMean(i);
                    series.add(summary.bucketStart(i), Double.isNaN(mean) ? null : mean);
                }
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(unit.isEmpty() ? "(no unit)" : unit, null, unit, data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DateAxis time = new DateAxis("UTC");
        time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        plot.setDomainAxis(time);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        for (int i = 0; i < tags.size(); i++) {
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(0.8f));
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Tags logged on change: their value holds until the next one. */
    static boolean onChange(TagKind kind) {
        return kind == TagKind.STATE || kind == TagKind.SETPOINT;
    }
}
