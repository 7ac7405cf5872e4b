package com.winccreports.shift.aggregate;

import java.util.OptionalDouble;
import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Merging the partials of any split of a window gives what one pass over the whole window gives,
 * for every statistic — including segments that cross slice boundaries, gaps, bad quality at a
 * boundary, empty slices, counters that roll over or reset, and state changes.
 */
class MergeProperties {

    static final long WINDOW = 100_000;

    /** A random series in [0, WINDOW), a bounding value, cut points, and a profile. */
    record Case(long[] ts, double[] vs, int[] qs, boolean bound, double boundV, int boundQ, long[] cuts,
                TagProfile profile, boolean pairwiseTree, Sample after) {
        @Override
        public String toString() {
            return "Case{ts=" + Arrays.toString(ts) + ", vs=" + Arrays.toString(vs) + ", qs=" + Arrays.toString(qs)
                    + ", bound=" + bound + "/" + boundV + "/" + boundQ + ", cuts=" + Arrays.toString(cuts)
                    + ", profile=" + profile + ", tree=" + pairwiseTree + ", after=" + after + "}";
        }
    }

    @Property(tries = 400)
    void mergingAnySplitEqualsOnePass(@ForAll("cases") Case c) {
        TagStatistics single = TagAggregator.finish(onePass(c), 0, WINDOW, c.profile(), c.after());
        TagPartial merged = c.pairwiseTree() ? mergeTree(slices(c), c.profile()) : TagAggregator.mergeAll(slices(c), c.profile());
        TagStatistics split = TagAggregator.finish(merged, 0, WINDOW, c.profile(), c.after());

        assertSameStatistics(split, single);
    }

    /** A slice accumulated over several commits (snapshot, restart, resume) is bit for bit the one-pass partial. */
    @Property(tries = 300)
    void resumingFromSnapshotsEqualsOnePassExactly(@ForAll("cases") Case c) {
        TagPartial expected = onePass(c);
        SliceAccumulator acc = new SliceAccumulator(0, WINDOW, c.profile());
        if (c.bound()) {
            acc.bound(-500, c.boundV(), c.boundQ());
        }
        int from = 0;
        for (long cut : concat(c.cuts(), WINDOW)) {
            int to = from;
            while (to < c.ts().length && c.ts()[to] < cut) {
                to++;
            }
            acc.accept(Arrays.copyOfRange(c.ts(), from, to), Arrays.copyOfRange(c.vs(), from, to),
                    Arrays.copyOfRange(c.qs(), from, to), to - from);
            acc = SliceAccumulator.resume(acc.snapshot(), c.profile());
            from = to;
        }

        assertThat(acc.partial()).isEqualTo(expected);
    }

    /** Minimum, maximum and time average describe the same curve: the average never leaves [min, max]. */
    @Property(tries = 400)
    void theTimeAverageLiesBetweenMinimumAndMaximum(@ForAll("cases") Case c) {
        TagStatistics st = TagAggregator.finish(onePass(c), 0, WINDOW, c.profile(), c.after());

        if (!Double.isNaN(st.timeAverage())) {
            double slack = 1e-9 * Math.max(1, Math.abs(st.timeAverage()));
            assertThat(st.timeAverage()).isBetween(st.minimum().v() - slack, st.maximum().v() + slack);
        }
    }

    @Property(tries = 200)
    void encodedPartialsDecodeToEqualPartials(@ForAll("cases") Case c) {
        for (TagPartial p : slices(c)) {
            assertThat(TagPartial.decode(p.encode())).isEqualTo(p);
        }
    }

    static TagPartial onePass(Case c) {
        SliceAccumulator acc = new SliceAccumulator(0, WINDOW, c.profile());
        if (c.bound()) {
            acc.bound(-500, c.boundV(), c.boundQ());
        }
        return acc.accept(c.ts(), c.vs(), c.qs(), c.ts().length).partial();
    }

    static List<TagPartial> slices(Case c) {
        List<TagPartial> out = new ArrayList<>();
        long from = 0;
        int i = 0;
        Sample previous = c.bound() ? new Sample(-500, c.boundV(), c.boundQ()) : null;
        for (long to : concat(c.cuts(), WINDOW)) {
            SliceAccumulator acc = new SliceAccumulator(from, to, c.profile());
            if (previous != null) {
                acc.bound(previous.t(), previous.v(), previous.q());
            }
            int j = i;
            while (j < c.ts().length && c.ts()[j] < to) {
                j++;
            }
            // feed each slice in two pages to exercise page boundaries too
            int mid = (i + j) / 2;
            acc.accept(Arrays.copyOfRange(c.ts(), i, mid), Arrays.copyOfRange(c.vs(), i, mid), Arrays.copyOfRange(c.qs(), i, mid), mid - i);
            acc.accept(Arrays.copyOfRange(c.ts(), mid, j), Arrays.copyOfRange(c.vs(), mid, j), Arrays.copyOfRange(c.qs(), mid, j), j - mid);
            if (j > 0) {
                previous = new Sample(c.ts()[j - 1], c.vs()[j - 1], c.qs()[j - 1]);
            }
            out.add(acc.partial());
            from = to;
            i = j;
        }
        return out;
    }

    static TagPartial mergeTree(List<TagPartial> parts, TagProfile profile) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int mid = parts.size() / 2;
        return TagAggregator.merge(mergeTree(parts.subList(0, mid), profile), mergeTree(parts.subList(mid, parts.size()), profile), profile);
    }

    private static long[] concat(long[] cuts, long last) {
        long[] all = Arrays.copyOf(cuts, cuts.length + 1);
        all[cuts.length] = last;
        return all;
    }

    static void assertSameStatistics(TagStatistics a, TagStatistics b) {
        double tol = 1e-6;
        assertThat(a.count()).isEqualTo(b.count());
        assertThat(a.goodCount()).isEqualTo(b.goodCount());
        assertThat(a.uncertainCount()).isEqualTo(b.uncertainCount());
        assertThat(a.first()).isEqualTo(b.first());
        assertThat(a.last()).isEqualTo(b.last());
        assertThat(a.valueAtStart()).isEqualTo(b.valueAtStart());
        assertThat(a.minimum()).isEqualTo(b.minimum());
        assertThat(a.maximum()).isEqualTo(b.maximum());
        close(a.timeAverage(), b.timeAverage(), tol);
        close(a.timeAverageBridging(), b.timeAverageBridging(), tol);
        close(a.timeAverageRaw(), b.timeAverageRaw(), tol);
        close(a.simpleAverage(), b.simpleAverage(), tol);
        close(a.standardDeviation(), b.standardDeviation(), 1e-5);
        close(a.integral(), b.integral(), 1e-3);
        close(a.delta(), b.delta(), tol);
        close(a.counterTotal(), b.counterTotal(), 1e-6);
        assertThat(a.rollovers()).isEqualTo(b.rollovers());
        assertThat(a.resets()).isEqualTo(b.resets());
        assertThat(a.goodMillis()).isEqualTo(b.goodMillis());
        assertThat(a.badMillis()).isEqualTo(b.badMillis());
        assertThat(a.gapMillis()).isEqualTo(b.gapMillis());
        close(a.belowLimitMillis(), b.belowLimitMillis(), 1e-6);
        close(a.aboveLimitMillis(), b.aboveLimitMillis(), 1e-6);
        close(a.cp(), b.cp(), 1e-5);
        close(a.cpk(), b.cpk(), 1e-5);
        assertThat(a.states()).isEqualTo(b.states());
        assertThat(a.stretches()).isEqualTo(b.stretches());
        assertThat(a.counterComplete()).isEqualTo(b.counterComplete());
        assertThat(a.goodMillis() + a.badMillis() + a.gapMillis()).isEqualTo(WINDOW);
    }

    private static void close(double x, double y, double tol) {
        if (Double.isNaN(y)) {
            assertThat(x).isNaN();
        } else {
            assertThat(x).isCloseTo(y, within(tol * Math.max(1, Math.abs(y))));
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<TagProfile> profiles = Arbitraries.of(
                TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofMillis(3000)).withSpecLimits(20.0, 80.0),
                new TagProfile(TagKind.ANALOG, Interpolation.STEPPED, 5000, OptionalDouble.empty(), OptionalDouble.of(60.0),
                        OptionalDouble.empty(), Map.of(), Optional.empty(), Optional.empty()),
                TagProfile.of(TagKind.COUNTER, Interpolation.STEPPED, Duration.ofMillis(4000)).withRollover(100.0),
                TagProfile.of(TagKind.STATE, Interpolation.STEPPED, Duration.ofMillis(20_000))
                        .withStates(Map.of(1, "Running", 4, "Down")),
                TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, null).withSpecLimits(10.0, 90.0));
        Arbitrary<Integer> sizes = Arbitraries.integers().between(0, 60);
        return Combinators.combine(sizes, profiles, Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.of(true, false))
                .as((n, profile, seed, tree) -> build(n, profile, seed, tree));
    }

    private static Case build(int n, TagProfile profile, long seed, boolean tree) {
        java.util.Random r = new java.util.Random(seed);
        TreeSet<Long> times = new TreeSet<>();
        while (times.size() < n) {
            times.add((long) r.nextInt((int) WINDOW));
        }
        long[] ts = times.stream().mapToLong(Long::longValue).toArray();
        if (n > 3 && r.nextBoolean()) {
            ts[2] = ts[1]; // equal timestamps are allowed
        }
        double[] vs = new double[n];
        int[] qs = new int[n];
        double counter = r.nextInt(100);
        for (int i = 0; i < n; i++) {
            vs[i] = value(profile, r, i == 0 ? counter : vs[i - 1]);
            qs[i] = r.nextInt(10) < 7 ? 0xC0 : r.nextBoolean() ? 0x40 : 0x00;
        }
        int cutCount = r.nextInt(6);
        TreeSet<Long> cuts = new TreeSet<>();
        while (cuts.size() < cutCount) {
            long cut = r.nextBoolean() && n > 0 ? ts[r.nextInt(n)] : 1 + r.nextInt((int) WINDOW - 1);
            if (cut > 0 && cut < WINDOW) {
                cuts.add(cut);
            }
            cutCount = Math.min(cutCount, (int) WINDOW - 1);
        }
        return new Case(ts, vs, qs, r.nextBoolean(), value(profile, r, counter), r.nextBoolean() ? 0xC0 : 0x00,
                cuts.stream().mapToLong(Long::longValue).toArray(), profile, tree,
                r.nextBoolean() ? null : new Sample(WINDOW + r.nextInt(5000), value(profile, r, counter), r.nextBoolean() ? 0xC0 : 0));
    }

    private static double value(TagProfile profile, java.util.Random r, double previous) {
        return switch (profile.tagKind()) {
            case COUNTER -> r.nextInt(20) == 0 ? r.nextInt(5) : (previous + r.nextInt(30)) % 100;
            case STATE -> 1 + r.nextInt(4);
            default -> Math.round(r.nextGaussian() * 300) / 10.0 + 50;
        };
    }
}
