package com.winccreports.shift.aggregate;

/**
 * One archived value: time (epoch milliseconds, UTC), value and OPC/WinCC quality code.
 * Used only at the edges of a partial (first, last, bound, min, max) — never per value in a loop.
 */
public record Sample(long t, double v, int q) {

    /** Whether the value may be used: quality good (0x80–0xFF) or uncertain (0x40–0x7F). */
    public boolean usable() {
        return Quality.isUsable(q);
    }
}
