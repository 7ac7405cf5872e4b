package com.winccreports.shift.aggregate;

import com.winccreports.shift.calendar.SpecProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Per-tag settings from the {@code tags:} section of a site file, keyed there by tag name.
 * Bound by Jackson from YAML; all fields but {@code kind} are optional.
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
public record TagProfile(String archive, String unit, String description, String kind,
                         Double lowerSpecLimit, Double upperSpecLimit, Duration archiveCycle,
                         Double gapFactor, Duration maxSilence, Double rollover,
                         String interpolation, Map<Integer, String> states) {

    /** Default gap factor k when a cyclic tag names none. */
    public static final double DEFAULT_GAP_FACTOR = 3.0;

    public TagProfile {
        states = states == null ? Map.of() : Map.copyOf(states);
    }

    /** A minimal profile, handy in code and tests. */
    public static TagProfile of(TagKind kind, Interpolation interpolation, Duration validity) {
        return new TagProfile(null, null, null, kind.name(), null, null, null, null, validity, null,
                interpolation.name(), Map.of());
    }

    /** Copy with specification limits. */
    public TagProfile withSpecLimits(Double lower, Double upper) {
        return new TagProfile(archive, unit, description, kind, lower, upper, archiveCycle, gapFactor,
                maxSilence, rollover, interpolation, states);
    }

    /** Copy with a counter rollover value. */
    public TagProfile withRollover(Double value) {
        return new TagProfile(archive, unit, description, kind, lowerSpecLimit, upperSpecLimit, archiveCycle,
                gapFactor, maxSilence, value, interpolation, states);
    }

    public TagKind tagKind() {
        return kind == null ? TagKind.ANALOG : TagKind.parse(kind);
    }

    /** Interpolation in force: as configured, else linear for analog and stepped for everything else. */
    public Interpolation interpolationMode() {
        if (interpolation != null) {
            return Interpolation.parse(interpolation);
        }
        return tagKind() == TagKind.ANALOG ? Interpolation.LINEAR : Interpolation.STEPPED;
    }

    /**
     * How long a sample stays valid: {@code maxSilence} for on-change tags, else k × archiveCycle;
     * {@code Long.MAX_VALUE} (never a gap) when neither is configured.
     */
    public long validityMillis() {
        if (maxSilence != null) {
            return maxSilence.toMillis();
        }
        if (archiveCycle != null) {
            double k = gapFactor == null ? DEFAULT_GAP_FACTOR : gapFactor;
            return Math.round(archiveCycle.toMillis() * k);
        }
        return Long.MAX_VALUE;
    }

    /** Rollover value, or NaN when the counter does not roll over. */
    public double rolloverValue() {
        return rollover == null ? Double.NaN : rollover;
    }

    public double lowerLimit() {
        return lowerSpecLimit == null ? Double.NaN : lowerSpecLimit;
    }

    public double upperLimit() {
        return upperSpecLimit == null ? Double.NaN : upperSpecLimit;
    }

    /** Label of a state code, or the code itself. */
    public String stateLabel(int code) {
        return states.getOrDefault(code, Integer.toString(code));
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
