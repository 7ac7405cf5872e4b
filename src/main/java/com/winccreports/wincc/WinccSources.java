package com.winccreports.wincc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The configured WinCC servers by name; jobs name the source they read from. */
public final class WinccSources {

    private final Map<String, WinccClient> clients;

    public WinccSources(Map<String, WinccClient> clients) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("no WinCC source configured and no embedded simulator");
        }
        this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
    }

    /** The client of a source; the error lists the configured names. */
    public WinccClient get(String name) {
        WinccClient client = clients.get(name);
        if (client == null) {
            throw new IllegalArgumentException("unknown WinCC source '" + name + "'; configured: " + clients.keySet());
        }
        return client;
    }

    /** The only source, or the one named {@code default}; for jobs that name none. */
    public WinccClient defaultSource() {
        if (clients.size() == 1) {
            return clients.values().iterator().next();
        }
        return get("default");
    }

    public Set<String> names() {
        return clients.keySet();
    }
}
