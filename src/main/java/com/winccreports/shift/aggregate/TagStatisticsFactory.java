package com.winccreports.shift.aggregate;

import java.util.ArrayList;
import java.util.List;

/** Derives {@link TagStatistics} from a closed window's sums. */
final class TagStatisticsFactory {

    private TagStatisticsFactory() {
    }

    static TagStatistics create(TagPartial p, SegmentAccumulator seg, TagProfile profile, Sample min, Sample max) {
        PartialSums s = seg.sums();
        double sigma = p.goodCount() > 1 ? Math.sqrt(p.m2() / (p.goodCount() - 1)) : Double.NaN;
        double mean = p.goodCount() > 0 ? p.mean() : Double.NaN;
        double lsl = profile.lowerLimit();
        double usl = profile.upperLimit();
        double cp = sigma > 0 ? (usl - lsl) / (6 * sigma) : Double.NaN;
        double cpk = sigma > 0 ? capabilityIndex(mean, sigma, lsl, usl) : Double.NaN;
        Sample fg = p.firstGood();
        Sample lg = p.lastGood();
        boolean counter = profile.tagKind() == TagKind.COUNTER;
        return new TagStatistics(p.start(), p.end(), p.count(), p.goodCount(), p.uncertainCount(), p.bound(),
                p.first(), p.last(), min, max,
                ratio(s.integral(), s.goodMillis()), ratio(s.bridgedIntegral(), s.bridgedMillis()),
                ratio(s.rawIntegral(), s.rawMillis()), mean, sigma, s.integral() / 1000.0,
                fg == null ? Double.NaN : lg.v() - fg.v(), counter ? s.counterTotal() : Double.NaN, s.rollovers(),
                s.resets(), s.goodMillis(), s.badMillis(), s.gapMillis(), s.belowMillis(), s.aboveMillis(), cp, cpk,
                states(seg.stateTimes(), profile), seg.stretchList(), counterComplete(p, profile),
                seg.counterEventList());
    }

    private static double capabilityIndex(double mean, double sigma, double lsl, double usl) {
        double upper = (usl - mean) / (3 * sigma);
        double lower = (mean - lsl) / (3 * sigma);
        if (usl != usl) {
            return lower;
        }
        if (lsl != lsl) {
            return upper;
        }
        return Math.min(upper, lower);
    }

    private static double ratio(double num, long den) {
        return den == 0 ? Double.NaN : num / den;
    }

    private static List<StateTime> states(StateTimes t, TagProfile profile) {
        List<StateTime> list = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            list.add(new StateTime(t.codes()[i], profile.stateLabel(t.codes()[i]), t.millis()[i], t.entries()[i]));
        }
        return list;
    }

    /**
     * A counter total is complete when a usable reading is valid at the window start (bounding
     * value within the tag's validity, or a sample exactly at the start) and the last usable
     * reading is still valid at the window end.
     */
    private static boolean counterComplete(TagPartial p, TagProfile profile) {
        long validity = profile.validityMillis();
        Sample b = p.bound();
        Sample fg = p.firstGood();
        boolean headKnown = (b != null && b.usable() && within(b.t(), p.start(), validity))
                || (fg != null && fg.t() == p.start());
        Sample lg = p.lastGood() != null ? p.lastGood() : (b != null && b.usable() ? b : null);
        boolean tailKnown = lg != null && within(lg.t(), p.end(), validity);
        return headKnown && tailKnown;
    }

    private static boolean within(long t, long at, long validity) {
        return validity == Long.MAX_VALUE || at - t <= validity;
    }
}
