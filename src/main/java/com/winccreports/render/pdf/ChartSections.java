package com.winccreports.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.winccreports.report.KpiTrendPoint;
import com.winccreports.report.TrendSeries;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Trend charts, the shift-over-shift trend and the downtime Pareto, drawn as vector graphics. */
final class ChartSections {

    private final PdfContext c;
    private final PdfCharts charts;

    ChartSections(PdfContext context) {
        this.c = context;
        this.charts = new PdfCharts(c.messages, c.report.period().zone(), c.style.colour("primary"),
                c.style.colour("amber"));
    }

    void trendCharts(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        for (TrendSeries trend : c.report.trends()) {
            if (section.tags().isEmpty() || section.tags().contains(trend.tag())) {
                draw(charts.trend(trend), 170);
            }
        }
    }

    void shiftTrend(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        List<String> keys = section.kpis().isEmpty()
                ? c.report.shiftTrend().stream().map(KpiTrendPoint::kpiKey).distinct().toList() : section.kpis();
        for (String key : keys) {
            List<KpiTrendPoint> points = c.report.shiftTrend().stream().filter(p -> p.kpiKey().equals(key)).toList();
            if (points.isEmpty()) {
                continue;
            }
            var kpi = c.report.periodKpi(key);
            String unit = kpi.map(k -> k.unit()).orElse("");
            double scale = "ratio".equals(unit) ? 100 : 1;
            List<KpiTrendPoint> shown = points.stream().map(p -> new KpiTrendPoint(p.kpiKey(), p.productionDay(),
                    p.shiftName(), p.shiftLabel(), p.start(), p.value() * scale)).toList();
            double target = kpi.map(k -> k.target() == null ? Double.NaN : k.target() * scale).orElse(Double.NaN);
            draw(charts.shiftTrend(c.catalog.kpiName(key), shown, target,
                    com.winccreports.render.NumberPatterns.displayUnit(unit), c.report.period().multiDay()), 210);
        }
    }

    void downtimePareto(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        var reasons = c.report.downtimePareto();
        if (reasons.isEmpty()) {
            c.paragraph(c.messages.get("quality.none"), c.style.body());
            return;
        }
        draw(charts.pareto(reasons), 230);
        new RecordSections(c).print("downtime", SectionTypes.columns(section), java.util.Set.of(), true);
    }

    /** Draws a chart into a PDF template (vector graphics, embedded fonts) and adds it full width. */
    private void draw(JFreeChart chart, float height) throws DocumentException {
        float width = c.document.right() - c.document.left();
        PdfTemplate template = c.writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, c.style.chartFonts());
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        Image image = Image.getInstance(template);
        image.setSpacingAfter(6);
        c.add(image, height + 6);
    }
}
