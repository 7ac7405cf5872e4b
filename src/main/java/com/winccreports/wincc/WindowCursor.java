package com.winccreports.wincc;

/**
 * Where a window pager stands: the next request starts at {@code fromMillis} (inclusive) and the first
 * {@code seenAtFrom} values stamped exactly {@code fromMillis} were already handed out. Saved by
 * restartable readers, so a restart continues with exactly the next value.
 *
 * @param fromMillis next request's {@code timeFrom}, epoch ms
 * @param seenAtFrom values at {@code fromMillis} already handed out
 * @param done       whether the window is complete
 */
public record WindowCursor(long fromMillis, int seenAtFrom, boolean done) {

    public WindowCursor {
        if (seenAtFrom < 0) {
            throw new IllegalArgumentException("seenAtFrom must be >= 0, got " + seenAtFrom);
        }
    }

    /** The cursor at a window's start. */
    public static WindowCursor start(long fromMillis) {
        return new WindowCursor(fromMillis, 0, false);
    }
}
