package com.winccreports.schedule.alert;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raises alerts: always to the log at WARN, then to each configured channel. A channel that fails is
 * logged and does not stop the others, nor the scheduler.
 */
public final class Alerts {

    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JavaMailSender mailSender;
    private final String mailFrom;
    private final HttpClient http;

    /** @param mailSender {@code null} when no SMTP server is configured */
    public Alerts(JavaMailSender mailSender, String mailFrom) {
        this.mailSender = mailSender;
        this.mailFrom = mailFrom;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public void raise(Alert alert, List<AlertChannel> channels) {
        LOG.warn("ALERT {}", alert.summary());
        for (AlertChannel channel : channels) {
            try {
                send(alert, channel);
            } catch (Exception e) {
                LOG.error("alert channel {} failed for {}: {}", channel, alert.summary(), e.toString());
            }
        }
    }

    private void send(Alert alert, AlertChannel channel) throws Exception {
        if (channel instanceof AlertChannel.Mail mail) {
            mail(alert, mail);
        } else if (channel instanceof AlertChannel.Webhook webhook) {
            post(alert, webhook);
        }
    }

    private void mail(Alert alert, AlertChannel.Mail channel) {
        if (mailSender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mailFrom);
        message.setTo(channel.to().toArray(String[]::new));
        message.setSubject("[wincc-reports] ALERT " + alert.kind() + " " + alert.job() + " " + alert.period().label());
        message.setText(alert.summary() + "\n\nperiod " + alert.period().from() + " to " + alert.period().to()
                + " UTC, raised " + alert.at() + "\n");
        mailSender.send(message);
    }

    private void post(Alert alert, AlertChannel.Webhook channel) throws Exception {
        String body = JSON.writeValueAsString(Map.of("kind", alert.kind().name(), "job", alert.job(),
                "period", alert.period().label(), "periodStart", alert.period().from().toString(),
                "periodEnd", alert.period().to().toString(), "at", alert.at().toString(), "message", alert.message()));
        HttpRequest request = HttpRequest.newBuilder(channel.url()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered HTTP " + response.statusCode());
        }
    }
}
