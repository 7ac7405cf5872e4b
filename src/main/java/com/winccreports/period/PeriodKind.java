package com.winccreports.period;

/**
 * What one report period covers. The calendar kinds get their boundaries from the site's production day and
 * shift plan and are what a schedule follows; a range and a batch are asked for explicitly.
 */
public enum PeriodKind {
    /** One shift of the site's shift plan (e.g. Early 06–14). */
    SHIFT,
    /** One production day, starting at the site's production-day start (e.g. 06:00 local). */
    PRODUCTION_DAY,
    /** Monday's production-day start to the next Monday's. */
    WEEK,
    /** The first production day of a month to the first of the next. */
    MONTH,
    /** Any other half-open range, named by its UTC ends. */
    RANGE,
    /** The span of one batch, from its batch record. */
    BATCH;

    /** True for the kinds a site's calendar divides time into (what a schedule can follow). */
    public boolean calendar() {
        return this != RANGE && this != BATCH;
    }
}
