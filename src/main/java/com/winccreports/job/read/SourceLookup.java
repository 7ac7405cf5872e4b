package com.winccreports.job.read;

import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccSources;

/** Finds a job's WinCC source: its name, or {@code embedded} meaning the built-in simulator when nothing is configured. */
public final class SourceLookup {

    private SourceLookup() {
    }

    public static WinccClient client(WinccSources sources, String source) {
        return "embedded".equals(source) && !sources.names().contains(source) ? sources.defaultSource()
                : sources.get(source);
    }
}
