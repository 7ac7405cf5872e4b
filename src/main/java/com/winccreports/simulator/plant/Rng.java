package com.winccreports.simulator.plant;

/**
 * SplitMix64: a tiny random source whose output is fixed by its seed on every JVM, so a plant's
 * history never changes with the Java version (unlike {@code java.util.Random} subclasses' helpers).
 */
final class Rng {

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long hash(long a, long b, long c) {
        return mix(mix(mix(a + 0x9e3779b97f4a7c15L) ^ b) + 0x632be59bd9b4e019L ^ c);
    }

    /** Approximately standard normal noise from a hash (sum of four uniforms, rescaled). */
    static double gaussian(long h) {
        long a = h & 0xFFFF;
        long b = (h >>> 16) & 0xFFFF;
        long c = (h >>> 32) & 0xFFFF;
        long d = h >>> 48;
        return ((a + b + c + d) / 65536.0 - 2.0) * 1.7320508;
    }

    long nextLong() {
        state += 0x9e3779b97f4a7c15L;
        return mix(state);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in {@code [lo, hi]}, both inclusive. */
    int between(int lo, int hi) {
        return lo + (int) Math.floor(nextDouble() * (hi - lo + 1));
    }

    double between(double lo, double hi) {
        return lo + nextDouble() * (hi - lo);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    double exponential(double mean) {
        return -mean * Math.log(1.0 - nextDouble());
    }
}
