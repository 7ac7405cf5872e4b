package com.winccreports.shift.calendar;

/**
 * One problem found while validating a plant-edited spec (site or job file), naming the field by
 * its path, e.g. {@code shifts.pattern[1].start}. The definition loader adds file and line.
 *
 * @param path    field path from the root of the file, e.g. {@code tags["L1.Temperature"].gapFactor}
 * @param message what is wrong, written for the plant engineer who edits the file
 * @param error   {@code true} for an error that stops the job; {@code false} for a warning
 *                (e.g. a gap between shifts in a plant that does not run around the clock)
 */
public record SpecProblem(String path, String message, boolean error) {

    public static SpecProblem error(String path, String message) {
        return new SpecProblem(path, message, true);
    }

    public static SpecProblem warning(String path, String message) {
        return new SpecProblem(path, message, false);
    }

    @Override
    public String toString() {
        return (error ? "error: " : "warning: ") + path + ": " + message;
    }
}
