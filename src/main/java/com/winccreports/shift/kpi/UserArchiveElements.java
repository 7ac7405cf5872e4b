package com.winccreports.shift.kpi;

import java.util.Locale;
import java.util.Map;

/**
 * Element values from user archives: a batch field summed over the batches allocated to a window, or a
 * per-unit recipe value weighted by how long each batch ran in it.
 */
final class UserArchiveElements {

    private final KpiMapping spec;

    UserArchiveElements(KpiMapping spec) {
        this.spec = spec;
    }

    ElementValue resolve(KpiElement e, ElementSource.UserArchiveField src, KpiWindow window, ProductionRecords records) {
        String where = src.archive() + "." + src.field();
        double coverage = records.complete() ? 1.0 : 0.0;
        if (src.archive().equalsIgnoreCase(spec.options().recipeArchiveName())) {
            return fromRecipes(e, src, window, records, where, coverage);
        }
        KpiOptions.BatchAllocation rule = spec.options().allocation();
        double sum = 0;
        for (BatchRecord b : records.batches()) {
            double share = BatchAllocator.share(b, window.start(), window.end(), rule);
            if (share > 0) {
                double f = b.field(src.field());
                if (Double.isNaN(f)) {
                    return ElementValue.missing(e, where + ": batch " + b.batchId() + " has no value");
                }
                sum += share * f;
            }
        }
        return new ElementValue(e, sum, coverage, where + " (" + rule.name().toLowerCase(Locale.ROOT) + ")");
    }

    /** A per-unit recipe value, weighted by how long each batch ran in the window. */
    private static ElementValue fromRecipes(KpiElement e, ElementSource.UserArchiveField src, KpiWindow window,
            ProductionRecords records, String where, double coverage) {
        double weighted = 0;
        long weight = 0;
        for (BatchRecord b : records.batches()) {
            long ms = BatchAllocator.overlap(b, window.start(), window.end()).toMillis();
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
}
