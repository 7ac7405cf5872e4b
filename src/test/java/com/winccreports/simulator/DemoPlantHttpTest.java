package com.winccreports.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One demo-plant simulator per test class, its clock fixed at {@link #NOW}, for tests that only read
 * (tests that write start their own server per test).
 */
abstract class DemoPlantHttpTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static SimulatorServer sim;
    static SimulatorHttp http;

    @BeforeAll
    static void startSimulator() {
        sim = SimulatorServer.start(SimulatorOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        http = new SimulatorHttp(sim.baseUri());
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }
}
