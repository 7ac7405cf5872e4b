package com.winccreports.shift.aggregate;

import java.util.ArrayList;
import java.util.List;

/** Gaps and bad stretches in time order; a stretch that continues the previous one of the same kind extends it. */
final class StretchList {

    private final List<Stretch> items = new ArrayList<>();

    void add(Stretch.Kind kind, long start, long end) {
        if (end <= start) {
            return;
        }
        int n = items.size();
        if (n > 0) {
            Stretch last = items.get(n - 1);
            if (last.kind() == kind && last.end() == start) {
                items.set(n - 1, new Stretch(kind, last.start(), end));
                return;
            }
        }
        items.add(new Stretch(kind, start, end));
    }

    void addAll(List<Stretch> stretches) {
        for (Stretch s : stretches) {
            add(s.kind(), s.start(), s.end());
        }
    }

    List<Stretch> snapshot() {
        return List.copyOf(items);
    }
}
