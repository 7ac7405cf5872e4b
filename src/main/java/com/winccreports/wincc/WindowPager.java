package com.winccreports.wincc;

import java.time.Instant;

/**
 * Pages the archived values of one tag over a half-open window {@code [from, to)} by moving the window
 * (docs/wincc-rest.md §3: there is no paging token). Each request asks {@code [cursor, to]} inclusive; values
 * already handed out at the cursor instant are dropped, values at or after {@code to} are dropped.
 * Paging stops only when the last timestamp reaches {@code to} or an answer brings nothing new — never
 * because an answer was short, as the server may cap {@code maxValues}. An answer that brings nothing
 * new while it is full and shares one instant with later values waiting fails loudly
 * ({@link WinccException.Reason#PAGING_STUCK}) naming tag and instant: never a loop, never a silent loss.
 */
public final class WindowPager {

    /** Fetches the values of one tag in {@code [from, to]} (inclusive), at most {@code maxValues}. */
    @FunctionalInterface
    public interface PageFetcher {
        ArchivePage fetch(String tag, long fromMillis, long toMillis, int maxValues);
    }

    private final PageFetcher fetcher;
    private final RequestScope scope;
    private final String tag;
    private final long toMillis;
    private final int pageSize;
    private long fromMillis;
    private int seenAtFrom;
    private boolean done;
    private int largestAnswer;
    private long requests;

    public WindowPager(PageFetcher fetcher, RequestScope scope, String tag, long toMillis, int pageSize,
            WindowCursor cursor) {
        if (pageSize < 2) {
            throw new IllegalArgumentException("pageSize must be >= 2, got " + pageSize);
        }
        this.fetcher = fetcher;
        this.scope = scope;
        this.tag = tag;
        this.toMillis = toMillis;
        this.pageSize = pageSize;
        this.fromMillis = cursor.fromMillis();
        this.seenAtFrom = cursor.seenAtFrom();
        this.done = cursor.done() || cursor.fromMillis() >= toMillis;
    }

    /** The next page of values not handed out before, or {@code null} when the window is complete. */
    public ArchivePage next() {
        while (!done) {
            ArchivePage answer = fetcher.fetch(tag, fromMillis, toMillis, pageSize);
            requests++;
            ArchivePage fresh = freshValues(answer);
            advance(answer, fresh);
            largestAnswer = Math.max(largestAnswer, answer.size());
            if (!fresh.isEmpty()) {
                return fresh;
            }
        }
        return null;
    }

    /** Where the next call continues; save it to resume after a restart. */
    public WindowCursor cursor() {
        return new WindowCursor(fromMillis, seenAtFrom, done);
    }

    /** Requests made so far. */
    public long requests() {
        return requests;
    }

    private ArchivePage freshValues(ArchivePage answer) {
        long[] ts = answer.timestampsMillis();
        int start = 0;
        while (start < ts.length && ts[start] < fromMillis) {
            start++;
        }
        int skipped = 0;
        while (start < ts.length && ts[start] == fromMillis && skipped < seenAtFrom) {
            start++;
            skipped++;
        }
        int end = start;
        while (end < ts.length && ts[end] < toMillis) {
            end++;
        }
        return start == 0 && end == ts.length ? answer : answer.slice(start, end);
    }

    private void advance(ArchivePage answer, ArchivePage fresh) {
        if (answer.isEmpty()) {
            done = true;
            return;
        }
        long last = answer.lastTimestampMillis();
        if (fresh.isEmpty()) {
            if (last == fromMillis) {
                guardSingleInstant(answer);
            }
            done = true;
            return;
        }
        if (last >= toMillis) {
            done = true;
            return;
        }
        seenAtFrom = countAt(answer, last);
        fromMillis = last;
    }

    /** An answer of only already-seen values at the cursor instant: the end, or a page that cannot move on. */
    private void guardSingleInstant(ArchivePage answer) {
        boolean fullAsAsked = answer.size() >= pageSize;
        boolean mayBeServerCap = answer.size() >= largestAnswer;
        if (fullAsAsked || (mayBeServerCap && laterValuesExist())) {
            String stuck = "a full page of " + answer.size() + " values of tag '" + tag + "' shares the instant "
                    + Instant.ofEpochMilli(fromMillis) + " and paging cannot move past it; ";
            // only an answer as large as asked shows our page size is the limit; a smaller one is the server's cap
            throw new WinccException(WinccException.Reason.PAGING_STUCK, scope, 0, stuck + (fullAsAsked
                    ? "raise the source's page-size (now " + pageSize + ") above the number of values stored at one "
                            + "instant"
                    : "the server caps every answer at " + answer.size() + " values (page-size " + pageSize
                            + " was asked), so raising page-size cannot help: raise the answer limit of the WinCC "
                            + "REST service above the number of values stored at one instant"), null);
        }
    }

    private boolean laterValuesExist() {
        requests++;
        return fromMillis + 1 < toMillis && !fetcher.fetch(tag, fromMillis + 1, toMillis, 1).isEmpty();
    }

    private static int countAt(ArchivePage page, long timestamp) {
        long[] ts = page.timestampsMillis();
        int count = 0;
        for (int i = ts.length - 1; i >= 0 && ts[i] == timestamp; i--) {
            count++;
        }
        return count;
    }
}
