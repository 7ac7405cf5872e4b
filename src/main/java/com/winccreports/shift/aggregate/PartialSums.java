package com.winccreports.shift.aggregate;

/**
 * The additive part of a {@link TagPartial}: sums over the segments between samples that lie
 * wholly inside the partial's span. Merging adds them. Times are milliseconds; integrals are
 * value × milliseconds.
 *
 * @param integral        time integral of the usable, valid value (gaps and bad time left out)
 * @param goodMillis      time with a usable, valid value
 * @param badMillis       time whose value in force had bad quality
 * @param gapMillis       time without a valid value (gap: older than the tag's validity, or no value yet)
 * @param belowMillis     time with a usable value below the lower specification limit
 * @param aboveMillis     time with a usable value above the upper specification limit
 * @param rawIntegral     integral reading every sample as-is, quality and gaps ignored
 * @param rawMillis       time covered by {@code rawIntegral}
 * @param bridgedIntegral integral over usable samples only, bridging bad stretches and gaps
 * @param bridgedMillis   time covered by {@code bridgedIntegral}
 * @param counterTotal    sum of counter increments between consecutive usable samples
 * @param rollovers       counter rollovers detected
 * @param resets          counter resets detected
 */
public record PartialSums(double integral, long goodMillis, long badMillis, long gapMillis,
                          double belowMillis, double aboveMillis, double rawIntegral, long rawMillis,
                          double bridgedIntegral, long bridgedMillis, double counterTotal,
                          long rollovers, long resets) {

    public static final PartialSums ZERO = new PartialSums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
