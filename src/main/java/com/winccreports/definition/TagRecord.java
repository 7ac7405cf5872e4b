package com.winccreports.definition;

import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.calendar.SpecProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One entry of the {@code tags:} section of a site file, keyed there by tag name, as the YAML gives it; the
 * definitions check it ({@link #validate(String)}) and turn it into an {@link ArchivedTag} ({@link #toTag()}).
 *
 * <pre>
 * tags:
 *   L1.Temperature: { archive: PVArchive, unit: "°C", description: Oven temperature, kind: analog,
 *                     archiveCycle: PT1S, gapFactor: 3, lowerSpecLimit: 175, upperSpecLimit: 185,
 *                     interpolation: linear }
 *   L1.GoodCount:   { archive: PVArchive, unit: units, kind: counter, archiveCycle: PT1S, rollover: 65536 }
 *   L1.MachineState: { archive: PVArchive, kind: state, maxSilence: PT8H,
 *                      states: { 1: Running, 2: Idle, 3: Setup, 4: Down } }
 * </pre>
 *
 * @param archive        WinCC process-value archive holding the tag (for the job's reader)
 * @param unit           engineering unit shown in reports
 * @param description    text shown in reports
 * @param kind           {@code analog}, {@code counter}, {@code state} or {@code setpoint}
 * @param lowerSpecLimit lower specification limit (LSL) for time outside limits and Cp/Cpk
 * @param upperSpecLimit upper specification limit (USL)
 * @param archiveCycle   logging cycle of a cyclic tag (ISO-8601, e.g. {@code PT1S})
 * @param gapFactor      k: a cyclic tag without a value for longer than k × archiveCycle has a gap (default 3)
 * @param maxSilence     an on-change tag: longest time a value stays valid without a new sample
 * @param rollover       counter wraps to 0 when reaching this value (e.g. 65536); absent = no rollover
 * @param interpolation  {@code stepped} or {@code linear}; default linear for analog, stepped otherwise
 * @param states         labels of state codes (also downtime-reason codes)
 */
public record TagRecord(String archive, String unit, String description, String kind,
                        Double lowerSpecLimit, Double upperSpecLimit, Duration archiveCycle,
                        Double gapFactor, Duration maxSilence, Double rollover,
                        String interpolation, Map<Integer, String> states) {

    /** Default gap factor k when a cyclic tag names none. */
    public static final double DEFAULT_GAP_FACTOR = 3.0;

    public TagRecord {
        states = states == null ? Map.of() : Map.copyOf(states);
    }

    /** The tag as jobs read it; call on a record {@link #validate(String)} found no error in. */
    public ArchivedTag toTag() {
        TagKind tagKind = kind == null ? TagKind.ANALOG : TagKind.parse(kind);
        Interpolation mode = interpolation == null ? TagProfile.defaultInterpolation(tagKind)
                : Interpolation.parse(interpolation);
        TagProfile profile = new TagProfile(tagKind, mode, validityMillis(), optional(lowerSpecLimit),
                optional(upperSpecLimit), optional(rollover), states, Optional.ofNullable(unit),
                Optional.ofNullable(description));
        return new ArchivedTag(archive, Optional.ofNullable(archiveCycle), profile);
    }

    /**
     * How long a sample stays valid: {@code maxSilence} for on-change tags, else k × archiveCycle;
     * {@code Long.MAX_VALUE} (never a gap) when neither is configured.
     */
    private long validityMillis() {
        if (maxSilence != null) {
            return maxSilence.toMillis();
        }
        if (archiveCycle != null) {
            double k = gapFactor == null ? DEFAULT_GAP_FACTOR : gapFactor;
            return Math.round(archiveCycle.toMillis() * k);
        }
        return Long.MAX_VALUE;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Problems with paths under {@code path} (e.g. {@code tags["L1.Temperature"]}); empty when valid. */
    public List<SpecProblem> validate(String path) {
        List<SpecProblem> p = new ArrayList<>();
        parse(p, path + ".kind", kind, "analog, counter, state or setpoint", true);
        parse(p, path + ".interpolation", interpolation, "stepped or linear", false);
        if (lowerSpecLimit != null && upperSpecLimit != null && lowerSpecLimit >= upperSpecLimit) {
            p.add(SpecProblem.error(path + ".lowerSpecLimit", "must be below upperSpecLimit (" + upperSpecLimit + ")"));
        }
        if (archiveCycle != null && (archiveCycle.isNegative() || archiveCycle.isZero())) {
            p.add(SpecProblem.error(path + ".archiveCycle", "must be positive, was " + archiveCycle));
        }
        if (gapFactor != null && !(gapFactor >= 1.0)) {
            p.add(SpecProblem.error(path + ".gapFactor", "must be at least 1, was " + gapFactor));
        }
        if (maxSilence != null && (maxSilence.isNegative() || maxSilence.isZero())) {
            p.add(SpecProblem.error(path + ".maxSilence", "must be positive, was " + maxSilence));
        }
        if (gapFactor != null && archiveCycle == null) {
            p.add(SpecProblem.error(path + ".gapFactor", "needs archiveCycle (k × archiveCycle defines a gap)"));
        }
        if (rollover != null && !(rollover > 0)) {
            p.add(SpecProblem.error(path + ".rollover", "must be positive, was " + rollover));
        }
        if (archiveCycle == null && maxSilence == null) {
            p.add(SpecProblem.warning(path, "neither archiveCycle nor maxSilence: gaps cannot be detected"));
        }
        return p;
    }

    private static void parse(List<SpecProblem> p, String path, String value, String allowed, boolean required) {
        if (value == null) {
            if (required) {
                p.add(SpecProblem.error(path, "required: one of " + allowed));
            }
            return;
        }
        try {
            if (path.endsWith(".kind")) {
                TagKind.parse(value);
            } else {
                Interpolation.parse(value);
            }
        } catch (IllegalArgumentException e) {
            p.add(SpecProblem.error(path, "unknown value '" + value + "'; allowed: " + allowed));
        }
    }
}
