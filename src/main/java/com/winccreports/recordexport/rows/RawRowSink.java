package com.winccreports.recordexport.rows;

import com.winccreports.recordexport.plan.ExportTag;

/** Receives the raw rows of a section in time order. */
public interface RawRowSink {

    /**
     * One archived value.
     *
     * @param sameTime the tag's previous value has the same timestamp
     */
    void row(ExportTag tag, long timeMillis, double value, int quality, boolean sameTime);
}
