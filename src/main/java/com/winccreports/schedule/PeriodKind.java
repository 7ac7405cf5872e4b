package com.winccreports.schedule;

/** What one scheduled report covers; boundaries come from the site's production day and shift plan. */
public enum PeriodKind {
    /** One shift of the site's shift plan (e.g. Early 06–14). */
    SHIFT,
    /** One production day, starting at the site's production-day start (e.g. 06:00 local). */
    PRODUCTION_DAY,
    /** Monday's production-day start to the next Monday's. */
    WEEK,
    /** The first production day of a month to the first of the next. */
    MONTH
}
