package com.winccreports.shift.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * Mutable sums over segments between samples. Every segment — inside a slice, at a slice junction
 * on merge, or at a window's head and tail on finish — goes through the same two methods, which is
 * why merging slices gives what one pass gives.
 */
final class SegmentAccumulator {

    private final long validity;
    private final boolean linear;
    private final double lsl;
    private final double usl;
    private final double rollover;
    private final boolean limits;
    private final boolean counter;
    final StateTable states;
    final StretchList stretches = new StretchList();
    final List<CounterEvent> counterEvents = new ArrayList<>(0);

    double integral;
    long goodMillis;
    long badMillis;
    long gapMillis;
    double belowMillis;
    double aboveMillis;
    double rawIntegral;
    long rawMillis;
    double bridgedIntegral;
    long bridgedMillis;
    double counterTotal;
    long rollovers;
    long resets;

    SegmentAccumulator(TagProfile profile) {
        this.validity = profile.validityMillis();
        this.linear = profile.interpolationMode() == Interpolation.LINEAR && profile.tagKind() != TagKind.STATE;
        this.lsl = profile.lowerLimit();
        this.usl = profile.upperLimit();
        this.rollover = profile.rolloverValue();
        this.limits = !Double.isNaN(lsl) || !Double.isNaN(usl);
        this.counter = profile.tagKind() == TagKind.COUNTER;
        this.states = profile.tagKind() == TagKind.STATE ? new StateTable() : null;
    }

    /**
     * The value of sample S (tS, vS, qS) in force over [a, b); E is the next sample (at or after b)
     * when {@code hasE}. Feeds the quality-aware sums, stretches, state times and the raw sums.
     */
    void segment(long tS, double vS, int qS, boolean hasE, long tE, double vE, int qE, long a, long b) {
        if (b <= a) {
            return;
        }
        long validEnd = validity == Long.MAX_VALUE || tS > Long.MAX_VALUE - validity ? Long.MAX_VALUE : tS + validity;
        long vb = Math.max(a, Math.min(b, validEnd));
        boolean interpolate = linear && hasE && tE > tS;
        double slope = interpolate ? (vE - vS) / (tE - tS) : 0;
        double va = vS + slope * (a - tS);
        double vbv = vS + slope * (b - tS);
        rawMillis += b - a;
        rawIntegral += (va + vbv) * 0.5 * (b - a);
        if (vb > a) {
            if (Quality.isUsable(qS)) {
                boolean sloped = interpolate && Quality.isUsable(qE) && tE - tS <= validity;
                valid(vS, sloped ? va : vS, sloped ? vbv : vS, a, vb);
            } else {
                badMillis += vb - a;
                stretches.add(Stretch.Kind.BAD, a, vb);
            }
        }
        if (b > vb) {
            gapMillis += b - vb;
            stretches.add(Stretch.Kind.GAP, vb, b);
        }
    }

    /**
     * Fast path for two consecutive samples inside one slice (the hot loop): the same result as
     * {@link #segment} with a = tS and b = tE, without its divisions.
     */
    void interior(long tS, double vS, int qS, long tE, double vE, int qE) {
        long len = tE - tS;
        if (len > validity || len <= 0) {
            segment(tS, vS, qS, true, tE, vE, qE, tS, tE);
            return;
        }
        double area = linear ? (vS + vE) * 0.5 * len : vS * len;
        rawMillis += len;
        rawIntegral += area;
        if (Quality.isUsable(qS)) {
            goodMillis += len;
            boolean sloped = linear && Quality.isUsable(qE);
            integral += sloped ? area : vS * len;
            if (limits) {
                double vb = sloped ? vE : vS;
                belowMillis += len * fractionBelow(vS, vb, lsl);
                aboveMillis += len * fractionBelow(-vS, -vb, -usl);
            }
            if (states != null) {
                states.addTime(stateCode(vS), len);
            }
        } else {
            badMillis += len;
            stretches.add(Stretch.Kind.BAD, tS, tE);
        }
    }

    /** Fast path of {@link #goodPair} for two consecutive usable samples inside one slice. */
    void goodInterior(long t1, double v1, long t2, double v2) {
        long len = t2 - t1;
        bridgedMillis += len;
        bridgedIntegral += linear ? (v1 + v2) * 0.5 * len : v1 * len;
        if (counter) {
            counterIncrement(v1, v2, t2);
        }
        if (states != null && stateCode(v1) != stateCode(v2)) {
            states.addEntry(stateCode(v2));
        }
    }

    /** A valid, usable stretch [a, b) whose value runs linearly from va to vb (equal when stepped). */
    private void valid(double vS, double va, double vb, long a, long b) {
        long len = b - a;
        goodMillis += len;
        integral += (va + vb) * 0.5 * len;
        belowMillis += len * fractionBelow(va, vb, lsl);
        aboveMillis += len * fractionBelow(-va, -vb, -usl);
        if (states != null) {
            states.addTime(stateCode(vS), len);
        }
    }

    /** Fraction of a linear segment from x0 to x1 that lies below limit (NaN limit: none). */
    static double fractionBelow(double x0, double x1, double limit) {
        if (!(limit == limit)) {
            return 0;
        }
        boolean b0 = x0 < limit;
        boolean b1 = x1 < limit;
        if (b0 == b1) {
            return b0 ? 1 : 0;
        }
        double cross = (limit - x0) / (x1 - x0);
        return b0 ? cross : 1 - cross;
    }

    /** No value is known over [a, b) (no bounding value before the first sample). */
    void unknown(long a, long b) {
        if (b > a) {
            gapMillis += b - a;
            stretches.add(Stretch.Kind.GAP, a, b);
        }
    }

    /**
     * Two consecutive usable samples G1 → G2 (G2 absent at a window's tail, or lying after the
     * window end); [a, b) is the time G1 is in force inside the window. Feeds the bridged sums and,
     * when {@code transition} (G2 inside the window), the counter total and state entries.
     */
    void goodPair(long t1, double v1, boolean hasNext, long t2, double v2, long a, long b, boolean transition) {
        if (b > a) {
            bridgedMillis += b - a;
            boolean interpolate = linear && hasNext && t2 > t1;
            double slope = interpolate ? (v2 - v1) / (t2 - t1) : 0;
            bridgedIntegral += (v1 + slope * (a - t1) + v1 + slope * (b - t1)) * 0.5 * (b - a);
        }
        if (!hasNext || !transition) {
            return;
        }
        if (counter) {
            counterIncrement(v1, v2, t2);
        }
        if (states != null && stateCode(v1) != stateCode(v2)) {
            states.addEntry(stateCode(v2));
        }
    }

    /** Counters only: a drop is a rollover or a reset (docs/kpis.md, counterTotal). */
    private void counterIncrement(double previous, double next, long t) {
        if (next >= previous) {
            counterTotal += next - previous;
        } else if (rollover == rollover && previous - next > rollover / 2 && previous < rollover * 1.0000001) {
            counterTotal += rollover - previous + next;
            rollovers++;
            event(new CounterEvent(t, previous, next, CounterEvent.Kind.ROLLOVER));
        } else {
            counterTotal += next;
            resets++;
            event(new CounterEvent(t, previous, next, CounterEvent.Kind.RESET));
        }
    }

    private void event(CounterEvent e) {
        if (counterEvents.size() < CounterEvent.LISTED_AT_MOST) {
            counterEvents.add(e);
        }
    }

    /**
     * The value of the curve {@link #segment} draws at instant {@code at} (tS ≤ at), or NaN where that curve
     * has no value: S unusable, or {@code at} past S's validity. With {@code limit}, {@code at} is an exclusive
     * end and the curve's limit there counts. Same arithmetic as {@link #segment}.
     */
    double curveAt(long tS, double vS, int qS, boolean hasE, long tE, double vE, int qE, long at, boolean limit) {
        long validEnd = validity == Long.MAX_VALUE || tS > Long.MAX_VALUE - validity ? Long.MAX_VALUE : tS + validity;
        if (!Quality.isUsable(qS) || (limit ? at > validEnd : at >= validEnd)) {
            return Double.NaN;
        }
        boolean sloped = linear && hasE && tE > tS && Quality.isUsable(qE) && tE - tS <= validity;
        if (!sloped) {
            return vS;
        }
        return at == tE ? vE : vS + (vE - vS) / (tE - tS) * (at - tS);
    }

    static int stateCode(double v) {
        return (int) Math.round(v);
    }

    void add(PartialSums s) {
        integral += s.integral();
        goodMillis += s.goodMillis();
        badMillis += s.badMillis();
        gapMillis += s.gapMillis();
        belowMillis += s.belowMillis();
        aboveMillis += s.aboveMillis();
        rawIntegral += s.rawIntegral();
        rawMillis += s.rawMillis();
        bridgedIntegral += s.bridgedIntegral();
        bridgedMillis += s.bridgedMillis();
        counterTotal += s.counterTotal();
        rollovers += s.rollovers();
        resets += s.resets();
    }

    /** Adds another partial's interior (sums, states, stretches, counter events) after what is already here. */
    void addInterior(TagPartial p) {
        add(p.sums());
        if (states != null) {
            states.add(p.states());
        }
        stretches.addAll(p.stretches());
        p.counterEvents().forEach(this::event);
    }

    PartialSums sums() {
        return new PartialSums(integral, goodMillis, badMillis, gapMillis, belowMillis, aboveMillis, rawIntegral,
                rawMillis, bridgedIntegral, bridgedMillis, counterTotal, rollovers, resets);
    }

    StateTimes stateTimes() {
        return states == null ? StateTimes.EMPTY : states.snapshot();
    }

    List<Stretch> stretchList() {
        return stretches.snapshot();
    }

    List<CounterEvent> counterEventList() {
        return List.copyOf(counterEvents);
    }
}
