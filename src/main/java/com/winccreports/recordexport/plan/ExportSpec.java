package com.winccreports.recordexport.plan;

import com.winccreports.definition.ExportSection;
import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.wincc.RecordFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code export:} section of a job as the export works with it: shape, interval, aggregates, fill, formats,
 * batch margin, sections, the user-archive record filter and the alarm limit — enums and non-null values, converted once at the entry.
 */
public record ExportSpec(Shape shape, Duration interval, List<Aggregate> aggregates, boolean interpolate,
        Set<Format> formats, Duration batchMargin, boolean sectionPerBatch, RecordFilter recordFilter,
        int maxAlarms) {

    /** Raw: every archived value, long form; aligned: one row per interval window. */
    public enum Shape { RAW, ALIGNED }

    /** The files an export writes. */
    public enum Format {
        CSV, XLSX, PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Alarms listed per section unless the job says otherwise; an answer that reaches the limit is marked cut. */
    public static final int DEFAULT_MAX_ALARMS = 10_000;

    public ExportSpec {
        aggregates = List.copyOf(aggregates);
        formats = formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);
    }

    /**
     * Converts the job's section; {@code formatsAsked} (a run's choice, empty: the job's) must be formats the job
     * writes — anything else is refused naming it.
     */
    public static ExportSpec of(ExportSection section, List<String> formatsAsked) {
        ExportSection s = section == null ? new ExportSection(null, null, null, null, null, null, null, null, null) : section;
        Set<Format> jobFormats = formats(s.formatsOrAll());
        Set<Format> formats = formatsAsked.isEmpty() ? jobFormats : formats(formatsAsked);
        if (!jobFormats.containsAll(formats)) {
            throw new IllegalArgumentException("formats " + formatsAsked + " are not all written by this job "
                    + jobFormats.stream().map(Format::extension).toList());
        }
        Duration interval = s.interval() == null ? Duration.ofMinutes(1) : s.interval();
        if (interval.isZero() || interval.isNegative() || interval.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("export.interval must be a positive whole number of seconds, was "
                    + interval);
        }
        List<Aggregate> aggregates = s.aggregates().stream().map(id -> Aggregate.byId(id).orElseThrow(
                () -> new IllegalArgumentException("export.aggregates: unknown aggregate '" + id + "'"))).toList();
        int maxAlarms = s.maxAlarms() == null ? DEFAULT_MAX_ALARMS : s.maxAlarms();
        if (maxAlarms < 1) {
            throw new IllegalArgumentException("export.maxAlarms must be at least 1, was " + maxAlarms);
        }
        return new ExportSpec("aligned".equals(s.shape()) ? Shape.ALIGNED : Shape.RAW, interval, aggregates,
                "interpolate".equals(s.fill()), formats, s.batchMarginOrZero(),
                "batch".equals(s.sections()), filter(s.records()), maxAlarms);
    }

    /** The aggregates of a tag's aligned columns: the job's, else time average for analog tags and last for others. */
    public List<Aggregate> aggregatesOf(ExportTag tag) {
        if (!aggregates.isEmpty()) {
            return aggregates;
        }
        return List.of(tag.analog() ? Aggregate.TIME_AVERAGE : Aggregate.LAST);
    }

    private static Set<Format> formats(List<String> names) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String name : names) {
            formats.add(Arrays.stream(Format.values()).filter(f -> f.extension().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + name
                            + "'; known: " + String.join(", ", ExportSection.ALL_FORMATS))));
        }
        return formats;
    }

    private static RecordFilter filter(ExportSection.Records records) {
        RecordFilter filter = RecordFilter.none();
        if (records == null) {
            return filter;
        }
        List<RecordFilter.Op> ops = new ArrayList<>(List.of(RecordFilter.Op.values()));
        for (ExportSection.Condition condition : records.filter()) {
            RecordFilter.Op op = ops.stream().filter(o -> o.symbol().equals(condition.op())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("export.records.filter: unknown operator '"
                            + condition.op() + "'"));
            filter = filter.and(condition.field(), op, condition.value());
        }
        return filter;
    }
}
