package com.winccreports.recordexport.write;

import com.winccreports.recordexport.plan.ExportSectionPlan;
import com.winccreports.recordexport.plan.ExportSpec;
import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.recordexport.rows.AlignedRows;
import com.winccreports.recordexport.rows.RawRowSink;
import com.winccreports.recordexport.rows.RawRows;
import com.winccreports.recordexport.rows.TagCursor;
import com.winccreports.recordexport.rows.TagSummary;
import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.Quality;
import com.winccreports.wincc.ArchivePage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the value rows of one section — raw or aligned — into its CSV file and workbook at once, in time order,
 * from per-tag cursors over the staged blocks; the cursors feed each block to the tag's summary as well. One pass,
 * constant memory; returns the summaries for the PDF.
 */
public final class SectionFiles {

    /** Columns of the raw form. */
    public static final List<String> RAW_HEADER = List.of("time_utc", "time_local", "tag", "value", "unit", "quality",
            "quality_class", "flags");

    private final ExportSpec spec;
    private final ValueText text;

    public SectionFiles(ExportSpec spec, ValueText text) {
        this.spec = spec;
        this.text = text;
    }

    /** A source of a tag's cursor whose blocks also go to {@code summary}. */
    public interface Cursors {
        TagCursor open(ExportTag tag, java.util.function.Consumer<ArchivePage> onBlock);
    }

    /** Streams the section's values to {@code csv} and {@code xlsx} (either may be null); returns the summaries. */
    public List<TagSummary> values(ExportSectionPlan section, List<ExportTag> tags, Cursors cursors, CsvWriter csv,
            XlsxExport xlsx) {
        List<TagSummary> summaries = new ArrayList<>();
        List<TagCursor> open = new ArrayList<>();
        for (ExportTag tag : tags) {
            TagSummary summary = new TagSummary(tag, section.from().toEpochMilli(), section.to().toEpochMilli(),
                    section.before().get(tag.index()));
            summaries.add(summary);
            open.add(cursors.open(tag, summary::accept));
        }
        if (spec.shape() == ExportSpec.Shape.RAW) {
            raw(open, csv, xlsx);
        } else {
            aligned(section, tags, open, csv, xlsx);
        }
        return summaries;
    }

    private void raw(List<TagCursor> cursors, CsvWriter csv, XlsxExport xlsx) {
        if (csv != null) {
            csv.record(RAW_HEADER);
        }
        if (xlsx != null) {
            xlsx.startValues("Values", List.of("time (UTC)", "time (local, with offset)", "tag", "value", "unit",
                    "quality", "quality class", "flags"));
        }
        RawCsvFields fields = csv == null ? null : new RawCsvFields(cursors, text);
        RawRowSink sink = (tag, t, v, q, sameTime) -> {
            String flags = flags(q, sameTime);
            if (csv != null) {
                csv.raw().append(fields.times(t));
                csv.raw().append(fields.name(tag));
                ValueText.number(csv.raw(), v);
                csv.raw().append(fields.unit(tag));
                csv.raw().append(q & 0xFFFF);
                csv.raw().append(qualityClass(q));
                csv.raw().append(flags);
                csv.end();
            }
            if (xlsx != null) {
                xlsx.newRow();
                xlsx.date(t);
                xlsx.text(text.local(t));
                xlsx.text(tag.name());
                xlsx.number(v);
                xlsx.text(tag.unit());
                xlsx.number(q & 0xFFFF);
                xlsx.text(qualityClass(q));
                xlsx.text(flags);
            }
        };
        RawRows.stream(cursors, sink);
    }

    private void aligned(ExportSectionPlan section, List<ExportTag> tags, List<TagCursor> cursors, CsvWriter csv,
            XlsxExport xlsx) {
        List<List<Aggregate>> aggregates = tags.stream().map(spec::aggregatesOf).toList();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            ExportTag tag = tags.get(i);
            String unit = tag.unit().isEmpty() ? "" : " [" + tag.unit() + "]";
            aggregates.get(i).forEach(a -> columns.add(tag.name() + " " + a.id() + unit));
            columns.add(tag.name() + " flags");
        }
        if (csv != null) {
            List<String> header = new ArrayList<>(List.of("time_utc", "time_local"));
            header.addAll(columns);
            csv.record(header);
        }
        if (xlsx != null) {
            List<String> header = new ArrayList<>(List.of("time (UTC)", "time (local, with offset)"));
            header.addAll(columns);
            xlsx.startValues("Values", header);
        }
        AlignedRows.stream(section.from().toEpochMilli(), section.to().toEpochMilli(), spec.interval(), cursors,
                aggregates, section.before(), section.after(), spec.interpolate(),
                (start, end, cells, flags) -> alignedRow(aggregates, start, cells, flags, csv, xlsx));
    }

    private void alignedRow(List<List<Aggregate>> aggregates, long start, double[] cells, String[] flags,
            CsvWriter csv, XlsxExport xlsx) {
        if (csv != null) {
            text.utc(csv.raw(), start);
            text.local(csv.raw(), start);
        }
        if (xlsx != null) {
            xlsx.newRow();
            xlsx.date(start);
            xlsx.text(text.local(start));
        }
        int cell = 0;
        for (int i = 0; i < aggregates.size(); i++) {
            for (int a = 0; a < aggregates.get(i).size(); a++, cell++) {
                if (csv != null) {
                    ValueText.number(csv.raw(), cells[cell]);
                }
                if (xlsx != null) {
                    xlsx.number(cells[cell]);
                }
            }
            if (csv != null) {
                csv.field(flags[i]);
            }
            if (xlsx != null) {
                xlsx.text(flags[i]);
            }
        }
        if (csv != null) {
            csv.end();
        }
    }

    /** good, uncertain or bad, by the quality byte. */
    public static String qualityClass(int quality) {
        return Quality.isBad(quality) ? "bad" : Quality.isUncertain(quality) ? "uncertain" : "good";
    }

    private static String flags(int quality, boolean sameTime) {
        boolean unknown = (quality & ArchivePage.QUALITY_UNKNOWN_FLAG) != 0;
        return sameTime ? unknown ? "same-time no-quality-code" : "same-time" : unknown ? "no-quality-code" : "";
    }
}
