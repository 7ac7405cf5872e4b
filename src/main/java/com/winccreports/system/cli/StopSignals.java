package com.winccreports.system.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While a verb runs a report: SIGTERM ({@code systemctl stop}, {@code kill}) and Ctrl-C (SIGINT) ask the run to
 * stop at its next commit — the execution ends STOPPED and {@code restart} continues it — instead of ending the
 * JVM under the running job (which closed the database mid-step and left the execution marked running). A
 * second signal ends the process at once. Closing restores the JVM's own handling.
 */
public final class StopSignals implements AutoCloseable {

    private static final String[] SIGNALS = {"TERM", "INT"};

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private final AtomicInteger received = new AtomicInteger();
    private final Runnable stop;
    private final PrintStream err;
    private final int exitWhenForced;
    private final String stopping;

    private StopSignals(Runnable stop, PrintStream err, int exitWhenForced, String stopping) {
        this.stop = stop;
        this.err = err;
        this.exitWhenForced = exitWhenForced;
        this.stopping = stopping;
    }

    /**
     * Handles SIGTERM and SIGINT until closed: the first runs {@code stop} (on its own thread), the second ends
     * the process with {@code exitWhenForced}. Where the JVM does not offer signal handling it changes nothing.
     */
    public static StopSignals install(Runnable stop, PrintStream err, int exitWhenForced) {
        return install(stop, err, exitWhenForced, "stopping at the next commit");
    }

    /** As {@link #install(Runnable, PrintStream, int)}, the first signal's line saying {@code stopping}. */
    public static StopSignals install(Runnable stop, PrintStream err, int exitWhenForced, String stopping) {
        StopSignals signals = new StopSignals(stop, err, exitWhenForced, stopping);
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                signals.previous.put(signal, Signal.handle(signal, signals::received));
            } catch (IllegalArgumentException unsupported) {
                // e.g. a JVM started with -Xrs: the JVM's own handling stays
            }
        }
        return signals;
    }

    private void received(Signal signal) {
        if (received.incrementAndGet() == 1) {
            err.println();
            err.println("SIG" + signal.getName() + ": " + stopping + " (signal again to end at once)...");
            Thread stopping = new Thread(stop, "stop-on-signal");
            stopping.setDaemon(true);
            stopping.start();
        } else {
            err.println("SIG" + signal.getName() + " again: ending now; restart recovers the execution");
            Runtime.getRuntime().exit(exitWhenForced);
        }
    }

    /** How many stop signals arrived. */
    public int received() {
        return received.get();
    }

    @Override
    public void close() {
        previous.forEach((signal, handler) -> {
            try {
                Signal.handle(signal, handler);
            } catch (IllegalArgumentException ignored) {
                // nothing to restore
            }
        });
    }
}
