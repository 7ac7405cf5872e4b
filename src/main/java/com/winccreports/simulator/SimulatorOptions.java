package com.winccreports.simulator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How to start a {@link SimulatorServer}. Start from {@link #defaults()} and change what you need with
 * the {@code with...} methods.
 *
 * @param port          TCP port; 0 picks a free ephemeral port
 * @param bindAddress   address to listen on (default 127.0.0.1)
 * @param plantFile     plant file ({@code jobs/plants/*.yaml}); null serves the built-in demo plant
 * @param tls           serve HTTPS with a self-signed certificate generated at start
 * @param users         user name to password for HTTP Basic auth (default demo/demo)
 * @param maxValuesCap  server limit on values per variable and answer (default 1000)
 * @param lateDataLag   values younger than this (relative to {@code clock}) are not yet visible
 * @param clock         "now" of the plant: late data, current values, alarm windows
 * @param ticker        nanosecond ticker stamping the request log (default {@code System::nanoTime})
 * @param faults        injected faults and latency
 * @param threads       worker threads serving requests concurrently
 */
public record SimulatorOptions(int port, String bindAddress, Path plantFile, boolean tls, Map<String, String> users,
        int maxValuesCap, Duration lateDataLag, Clock clock, LongSupplier ticker, FaultSettings faults, int threads) {

    public SimulatorOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(lateDataLag, "lateDataLag");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(faults, "faults");
        users = Map.copyOf(users);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxValuesCap < 1) {
            throw new IllegalArgumentException("maxValuesCap must be positive, was " + maxValuesCap);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, was " + threads);
        }
        if (lateDataLag.isNegative()) {
            throw new IllegalArgumentException("lateDataLag must not be negative");
        }
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0, "127.0.0.1", null, false, Map.of("demo", "demo"), 1000, Duration.ZERO,
                Clock.systemUTC(), System::nanoTime, FaultSettings.none(), 8);
    }

    public SimulatorOptions withPort(int value) {
        return new SimulatorOptions(value, bindAddress, plantFile, tls, users, maxValuesCap, lateDataLag, clock,
                ticker, faults, threads);
    }

    public SimulatorOptions withBindAddress(String value) {
        return new SimulatorOptions(port, value, plantFile, tls, users, maxValuesCap, lateDataLag, clock, ticker,
                faults, threads);
    }

    public SimulatorOptions withPlantFile(Path value) {
        return new SimulatorOptions(port, bindAddress, value, tls, users, maxValuesCap, lateDataLag, clock, ticker,
                faults, threads);
    }

    public SimulatorOptions withTls(boolean value) {
        return new SimulatorOptions(port, bindAddress, plantFile, value, users, maxValuesCap, lateDataLag, clock,
                ticker, faults, threads);
    }

    public SimulatorOptions withUsers(Map<String, String> value) {
        return new SimulatorOptions(port, bindAddress, plantFile, tls, value, maxValuesCap, lateDataLag, clock,
                ticker, faults, threads);
    }

    public SimulatorOptions withMaxValuesCap(int value) {
        return new SimulatorOptions(port, bindAddress, plantFile, tls, users, value, lateDataLag, clock, ticker,
                faults, threads);
    }

    public SimulatorOptions withLateDataLag(Duration value) {
        return new SimulatorOptions(port, bindAddress, plantFile, tls, users, maxValuesCap, value, clock, ticker,
                faults, threads);
    }

    public SimulatorOptions withClock(Clock value) {
        return new SimulatorOptions(port, bindAddress, plantFile, tls, users, maxValuesCap, lateDataLag, value,
                ticker, faults, threads);
    }

    public SimulatorOptions withTicker(LongSupplier value) {
        return new SimulatorOptions(port, bindAddress, plantFile, tls, users, maxValuesCap, lateDataLag, clock,
                value, faults, threads);
    }

    public SimulatorOptions withFaults(FaultSettings value) {
        return new SimulatorOptions(port, bindAddress, plantFile, tls, users, maxValuesCap, lateDataLag, clock,
                ticker, value, threads);
    }

    public SimulatorOptions withThreads(int value) {
        return new SimulatorOptions(port, bindAddress, plantFile, tls, users, maxValuesCap, lateDataLag, clock,
                ticker, faults, value);
    }
}
