/**
 * Tag aggregates over irregular, quality-coded samples, computed per time slice on primitive
 * arrays and merged exactly: {@link com.winccreports.shift.aggregate.SliceAccumulator} →
 * {@link com.winccreports.shift.aggregate.TagPartial} → {@link com.winccreports.shift.aggregate.TagAggregator}
 * → {@link com.winccreports.shift.aggregate.TagStatistics}. Definitions in {@code docs/kpis.md}. Plain Java.
 */
package com.winccreports.shift.aggregate;
