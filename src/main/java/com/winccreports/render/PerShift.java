package com.winccreports.render;

import com.winccreports.report.ShiftResult;

/** A row of a per-shift table, so a renderer can print the table shift by shift. */
interface PerShift {

    /** The row's shift; null for a row of the whole period. */
    ShiftResult shift();
}
