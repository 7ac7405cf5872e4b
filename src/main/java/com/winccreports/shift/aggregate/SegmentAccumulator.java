package com.winccreports.shift.aggregate;

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
    final StateTable states;
    final StretchList stretches = new StretchList();

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
        this.states = profile.tagKind() == TagKind.STATE ? new StateTable() : null;
    }

    /**
     * The value of sample S (tS, vS, qS) in force over [a, b); E is the next sample (at b) when
     * {@code hasE}. Feeds the quality-aware sums, stretches, state times and the raw sums.
     */
    void segment(long tS, double vS, int qS, boolean hasE, long tE, double vE, int qE, long a, long b) {
        if (b <= a) {
            return;
        }
        long validEnd = validity == Long.MAX_VALUE || tS > Long.MAX_VALUE - validity ? Long.MAX_VALUE : tS + validity;
        long vb = Math.max(a, Math.min(b, validEnd));
        boolean interpolate = linear && hasE && tE > tS;
        double va = interpolate ? vS + (vE - vS) * ((double) (a - tS) / (tE - tS)) : vS;
        rawMillis += b - a;
        rawIntegral += interpolate ? (va + vE) * 0.5 * (b - a) : vS * (b - a);
        if (vb > a) {
            if (Quality.isUsable(qS)) {
                valid(vS, va, interpolate && vb == b && Quality.isUsable(qE), vE, a, vb);
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

    private void valid(double vS, double va, boolean interpolate, double vE, long a, long b) {
        long len = b - a;
        goodMillis += len;
        if (interpolate) {
            integral += (va + vE) * 0.5 * len;
            belowMillis += len * fractionBelow(va, vE, lsl);
            aboveMillis += len * fractionBelow(-va, -vE, -usl);
        } else {
            integral += vS * len;
            if (vS < lsl) {
                belowMillis += len;
            }
            if (vS > usl) {
                aboveMillis += len;
            }
        }
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
     * Two consecutive usable samples G1 → G2 (G2 absent at a window's tail); [a, b) is the time
     * G1 is in force. Feeds the bridged sums, the counter total and state entries.
     */
    void goodPair(long t1, double v1, boolean hasNext, long t2, double v2, long a, long b) {
        if (b > a) {
            bridgedMillis += b - a;
            boolean interpolate = linear && hasNext && t2 > t1;
            double va = interpolate ? v1 + (v2 - v1) * ((double) (a - t1) / (t2 - t1)) : v1;
            bridgedIntegral += interpolate ? (va + v2) * 0.5 * (b - a) : v1 * (b - a);
        }
        if (!hasNext) {
            return;
        }
        counterIncrement(v1, v2);
        if (states != null && stateCode(v1) != stateCode(v2)) {
            states.addEntry(stateCode(v2));
        }
    }

    private void counterIncrement(double previous, double next) {
        if (next >= previous) {
            counterTotal += next - previous;
        } else if (rollover == rollover && previous - next > rollover / 2 && previous < rollover * 1.0000001) {
            counterTotal += rollover - previous + next;
            rollovers++;
        } else {
            counterTotal += next;
            resets++;
        }
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

    /** Adds another partial's interior (sums, states, stretches) after what is already here. */
    void addInterior(TagPartial p) {
        add(p.sums());
        if (states != null) {
            states.add(p.states());
        }
        stretches.addAll(p.stretches());
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
}
