package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArchiveValuesSmokeTest {

    @Test
    void servesAPage() {
        try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.defaults())) {
            SimulatorHttp http = new SimulatorHttp(sim.baseUri());
            var r = http.archiveValues("PVArchive", "?timeFrom=2026-11-24T05:00:00Z&timeTo=2026-11-24T05:00:05Z",
                    "L1.Temperature", "L1.GoodCount", "L1.MachineState", "Nope");
            System.out.println(r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            r = http.archiveValues("PVArchive", "?timeTo=2026-11-24T05:00:05Z&maxValues=3",
                    "L1.Temperature", "L1.MachineState", "L2.DowntimeReason", "L1.TemperatureSetpoint");
            System.out.println(r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }
}
