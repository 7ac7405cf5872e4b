package com.winccreports.shift.kpi;

import static com.winccreports.shift.kpi.KpiElement.*;

import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shift.calendar.ShiftInstance;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a job's element mapping into the element values of one shift: reads tag aggregates from
 * the shift's {@link TagStatistics}, sums user-archive fields over the batches allocated to the
 * shift, takes constants and calendar times, and derives what is not mapped:
 * PBT from the calendar, PQ = GQ + SQ, AUBT = APT + ADET + AUST (the mapped ones).
 */
public final class KpiInputsResolver {

    private final KpiMappingSpec spec;

    public KpiInputsResolver(KpiMappingSpec spec) {
        this.spec = spec;
    }

    /**
     * @param shift   the shift (its UTC interval and planned breaks)
     * @param tags    statistics per tag name over exactly this shift
     * @param records batches overlapping the shift and the recipe table
     */
    public KpiInputs resolve(ShiftInstance shift, Map<String, TagStatistics> tags, ProductionRecords records) {
        Map<KpiElement, ElementValue> values = new EnumMap<>(KpiElement.class);
        for (KpiElement e : KpiElement.values()) {
            ElementSource src = spec.source(e);
            if (src != null) {
                values.put(e, resolve(e, src, shift, tags, records));
            }
        }
        values.computeIfAbsent(PLANNED_BUSY_TIME, e -> calendar(e, spec.options().plannedStopsIncluded()
                ? "shiftDuration" : "plannedBusyTime", shift));
        if (!values.containsKey(PRODUCED_QUANTITY) && values.containsKey(GOOD_QUANTITY) && values.containsKey(SCRAP_QUANTITY)) {
            values.put(PRODUCED_QUANTITY, sum(PRODUCED_QUANTITY, values.get(GOOD_QUANTITY), values.get(SCRAP_QUANTITY)));
        }
        if (!values.containsKey(ACTUAL_UNIT_BUSY_TIME) && values.containsKey(ACTUAL_PRODUCTION_TIME)
                && (values.containsKey(ACTUAL_UNIT_DELAY_TIME) || values.containsKey(ACTUAL_UNIT_SETUP_TIME))) {
            values.put(ACTUAL_UNIT_BUSY_TIME, sum(ACTUAL_UNIT_BUSY_TIME, values.get(ACTUAL_PRODUCTION_TIME),
                    values.get(ACTUAL_UNIT_DELAY_TIME), values.get(ACTUAL_UNIT_SETUP_TIME)));
        }
        String reasonTag = spec.options().downtimeReasonTag();
        List<DowntimeReasonShare> pareto = reasonTag != null && tags.containsKey(reasonTag)
                ? DowntimePareto.of(tags.get(reasonTag), spec.options().noDowntimeReason()) : List.of();
        return new KpiInputs(values, pareto);
    }

    private ElementValue resolve(KpiElement e, ElementSource src, ShiftInstance shift,
                                 Map<String, TagStatistics> tags, ProductionRecords records) {
        ElementValue v;
        if (src.tag() != null) {
            v = fromTag(e, src, tags.get(src.tag()));
        } else if (src.userArchive() != null) {
            v = fromUserArchive(e, src, shift, records);
        } else if (src.value() != null) {
            v = new ElementValue(e, src.value(), 1.0, "constant " + src.value() + (src.unit() == null ? "" : " " + src.unit()));
        } else {
            v = calendar(e, src.calendar(), shift);
        }
        double k = src.scaleFactor();
        return k == 1.0 ? v : new ElementValue(e, v.value() * k, v.coverage(), v.source() + " × " + k);
    }

    private static ElementValue fromTag(KpiElement e, ElementSource src, TagStatistics stats) {
        String where = src.tag() + " " + src.aggregate() + (src.stateCodes().isEmpty() ? "" : " " + src.stateCodes());
        if (stats == null) {
            return ElementValue.missing(e, where + ": no data");
        }
        Aggregate agg = Aggregate.byId(src.aggregate())
                .orElseThrow(() -> new IllegalArgumentException("unknown aggregate " + src.aggregate()));
        return new ElementValue(e, agg.read(stats, src.stateCodes()), agg.coverage(stats), where);
    }

    private ElementValue fromUserArchive(KpiElement e, ElementSource src, ShiftInstance shift, ProductionRecords records) {
        String where = src.userArchive() + "." + src.field();
        double coverage = records.complete() ? 1.0 : 0.0;
        if (src.userArchive().equalsIgnoreCase(spec.options().recipeArchiveName())) {
            return fromRecipes(e, src, shift, records, where, coverage);
        }
        KpiOptions.BatchAllocation rule = spec.options().allocation();
        double sum = 0;
        for (BatchRecord b : records.batches()) {
            double share = BatchAllocator.share(b, shift.start(), shift.end(), rule);
            if (share > 0) {
                double f = b.field(src.field());
                if (Double.isNaN(f)) {
                    return ElementValue.missing(e, where + ": batch " + b.batchId() + " has no value");
                }
                sum += share * f;
            }
        }
        return new ElementValue(e, sum, coverage, where + " (" + rule.name().toLowerCase() + ")");
    }

    /** A per-unit recipe value, weighted by how long each batch ran in the shift. */
    private static ElementValue fromRecipes(KpiElement e, ElementSource src, ShiftInstance shift,
                                            ProductionRecords records, String where, double coverage) {
        double weighted = 0;
        long weight = 0;
        for (BatchRecord b : records.batches()) {
            long ms = BatchAllocator.overlap(b, shift.start(), shift.end()).toMillis();
            Map<String, Double> recipe = records.recipes().get(b.recipe());
            if (ms == 0) {
                continue;
            }
            if (recipe == null || recipe.get(src.field()) == null) {
                return ElementValue.missing(e, where + ": recipe '" + b.recipe() + "' of batch " + b.batchId() + " unknown");
            }
            weighted += recipe.get(src.field()) * ms;
            weight += ms;
        }
        if (weight == 0) {
            return ElementValue.missing(e, where + ": no batch ran in the shift");
        }
        return new ElementValue(e, weighted / weight, coverage, where + " (weighted by batch run time)");
    }

    private static ElementValue calendar(KpiElement e, String what, ShiftInstance shift) {
        Duration d = switch (what) {
            case "shiftDuration" -> shift.dayType() == com.winccreports.shift.calendar.DayType.WORKING
                    ? shift.duration() : Duration.ZERO;
            case "plannedBreakTime" -> shift.plannedBreakTime();
            default -> shift.plannedBusyTime();
        };
        return new ElementValue(e, d.toMillis() / 1000.0, 1.0, "calendar " + what);
    }

    private static ElementValue sum(KpiElement e, ElementValue... parts) {
        double v = 0;
        double coverage = 1;
        StringBuilder src = new StringBuilder();
        for (ElementValue p : parts) {
            if (p != null) {
                v += p.value();
                coverage = Math.min(coverage, p.coverage());
                src.append(src.length() == 0 ? "" : " + ").append(p.element().abbreviation());
            }
        }
        return new ElementValue(e, v, coverage, "derived " + src);
    }
}
