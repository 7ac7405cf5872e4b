package com.winccreports.job.read;

import java.util.Set;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccSources;

/** Finds a job's WinCC source: its name, or {@code embedded} meaning the built-in simulator when nothing is configured. */
public final class SourceLookup {

    private SourceLookup() {
    }

    /** Whether a job naming {@code source} can run where the sources {@code configured} exist. */
    public static boolean known(Set<String> configured, String source) {
        return configured.contains(source)
                || "embedded".equals(source) && (configured.size() == 1 || configured.contains("default"));
    }

    public static WinccClient client(WinccSources sources, String source) {
        return "embedded".equals(source) && !sources.names().contains(source) ? sources.defaultSource()
                : sources.get(source);
    }
}
