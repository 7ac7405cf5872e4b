package com.winccreports.recordexport;

/**
 * Named points at which a crash drill ends the JVM abruptly ({@code Runtime.halt}, as {@code kill -9} would),
 * chosen with {@code -Dwincc-reports.halt-at=<point>}: {@code export-commit:read-003:2} after the 2nd committed
 * chunk of partition {@code read-003}, {@code export-publish:written} once the files of the first section are
 * written into the hidden folder. Unset (always, outside the restart tests), every point is a no-op.
 */
public final class ExportHaltPoints {

    public static final String PROPERTY = "wincc-reports.halt-at";
    public static final String COMMIT = "export-commit";
    public static final String WRITTEN = "export-publish:written";

    private ExportHaltPoints() {
    }

    public static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            System.out.println("halt point reached: " + point);
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
