package com.winccreports.schedule.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Alerts reach a webhook as JSON; a channel that fails does not stop the others. */
class AlertsTest {

    private static final Alert FAILED = new Alert(Alert.Kind.RUN_FAILED, "shift-report",
            new ReportPeriod(PeriodKind.SHIFT, "2026-11-23-Night", Instant.parse("2026-11-23T21:00:00Z"),
                    Instant.parse("2026-11-24T05:00:00Z")), Instant.parse("2026-11-24T05:20:00Z"), "WinCC answered 500");

    @Test
    void aWebhookGetsTheAlertAsJsonEvenWhenAnotherChannelFails() throws IOException {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            URI hook = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
            new Alerts(null, "reports@plant.example").raise(FAILED,
                    List.of(new AlertChannel.Mail(List.of("oncall@plant.example")), new AlertChannel.Webhook(hook)));
        } finally {
            server.stop(0);
        }

        assertThat(bodies).singleElement().satisfies(body -> assertThat(body)
                .contains("\"kind\":\"RUN_FAILED\"", "\"job\":\"shift-report\"", "\"period\":\"2026-11-23-Night\"",
                        "\"message\":\"WinCC answered 500\"", "\"periodEnd\":\"2026-11-24T05:00:00Z\""));
    }
}
