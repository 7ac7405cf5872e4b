package com.winccreports.shiftreport.publish;

/**
 * Named points where a crash drill can end the JVM abruptly ({@code Runtime.halt}, as a power cut or
 * {@code kill -9} would), set with {@code -Dwincc-reports.halt-at=<point>}; restart tests and
 * {@code bench/torture} use it. Without the property nothing happens.
 */
public final class HaltPoints {

    public static final String PROPERTY = "wincc-reports.halt-at";
    /** After the k-th committed chunk of partition read-NNN: {@code commit:read-002:3}. */
    public static final String COMMIT = "commit";
    /** In the publish step, after the first report file is written to the hidden folder. */
    public static final String RENDERED_TEMP_FILE = "render.after-temp-file";
    /** In the publish step, after the version folder is renamed into place and before its ZIP is moved beside it. */
    public static final String PUBLISHED_BEFORE_ZIP = "publish.after-rename";

    private HaltPoints() {
    }

    /** Halts the JVM with exit code 137 when {@code point} is the configured halt point. */
    public static void reached(String point) {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && configured.equals(point)) {
            System.err.println("halt point reached: " + point);
            System.err.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
