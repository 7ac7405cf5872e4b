package com.winccreports.render;

import com.winccreports.report.ShiftResult;

/**
 * A row of a per-shift table: the shift and one of its items (a KPI, a tag's statistics).
 *
 * @param shift the shift, or null for a row of the whole period
 * @param item  the item
 * @param <T>   the item type
 */
public record ShiftRow<T>(ShiftResult shift, T item) implements PerShift {

    /** The shift's label (with its day where the report spans several), or the period's for a period row. */
    String label(CatalogContext context) {
        return shift == null ? context.periodLabel() : context.shiftLabel(shift);
    }
}
