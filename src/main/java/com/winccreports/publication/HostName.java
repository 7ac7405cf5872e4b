package com.winccreports.publication;

import java.io.IOException;
import java.net.InetAddress;

/**
 * This machine's name, looked up once per JVM (where DNS is slow the lookup takes seconds): the host a manifest
 * names as where a package was made, the demo key's certificate subject, the scheduler's instance name.
 */
public final class HostName {

    /** What is said when the name cannot be looked up. */
    public static final String UNKNOWN = "unknown-host";

    private HostName() {
    }

    /** The host name, or {@link #UNKNOWN}. */
    public static String get() {
        return Lookup.NAME;
    }

    private static final class Lookup {
        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return UNKNOWN;
            }
        }
    }
}
