package com.winccreports.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests a simulator served (the newest {@code capacity} are kept). Tests of the
 * client read it, e.g. to check that no more than N requests started within any second.
 */
public final class RequestLog {

    /**
     * One served request. Times come from the simulator's ticker (nanoseconds): {@code startNanos} when
     * the request was accepted, {@code endNanos} when the answer was written (or the connection dropped).
     *
     * @param sequence   1 for the first request of the server
     * @param method     HTTP method
     * @param path       the request path as sent (without query)
     * @param query      the raw query string, or empty
     * @param status     HTTP status sent (0 if the connection was reset before a status)
     * @param fault      the fault injected, or {@code "none"}
     */
    public record Entry(long sequence, String method, String path, String query, long startNanos, long endNanos,
            int status, String fault) {
    }

    private final int capacity;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();

    public RequestLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(Entry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** A snapshot in arrival order (by {@link Entry#sequence()}). */
    public synchronized List<Entry> entries() {
        List<Entry> snapshot = new ArrayList<>(entries);
        snapshot.sort(java.util.Comparator.comparingLong(Entry::sequence));
        return snapshot;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
