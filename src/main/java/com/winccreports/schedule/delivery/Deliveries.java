package com.winccreports.schedule.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a report version to each of its targets once: a target already in the delivery log is passed
 * over, a failed target is not logged and is tried again at the next wake-up.
 */
public final class Deliveries {

    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

    /** A target that could not be reached this time. */
    public record Failure(DeliveryTarget target, String reason) {
    }

    private final DeliveryLog log;
    private final FolderDelivery folders = new FolderDelivery();
    private final MailDelivery mail;

    /**
     * @param mailSender {@code null} when no SMTP server is configured: mail targets then fail with that reason
     * @param outputRoot the home's output folder, for links in mails
     */
    public Deliveries(DeliveryLog log, JavaMailSender mailSender, String mailFrom, Path outputRoot) {
        this.log = Objects.requireNonNull(log, "log");
        this.mail = mailSender == null ? null : new MailDelivery(mailSender, mailFrom, outputRoot.toAbsolutePath());
    }

    /** Delivers the version to every target not yet logged for it; returns the targets that failed. */
    public List<Failure> deliverOnce(ReportVersion report, List<DeliveryTarget> targets) {
        List<Failure> failures = new ArrayList<>();
        for (DeliveryTarget target : targets) {
            if (log.delivered(report, target)) {
                continue;
            }
            try {
                String detail = send(report, target);
                log.record(report, target, detail);
                LOG.info("delivered {} {} v{} to {}: {}", report.job(), report.period().label(), report.version(),
                        target.id(), detail);
            } catch (Exception e) {
                failures.add(new Failure(target, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return failures;
    }

    private String send(ReportVersion report, DeliveryTarget target) throws Exception {
        if (target instanceof DeliveryTarget.Folder folder) {
            return folders.deliver(report, folder);
        }
        if (mail == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        return mail.deliver(report, (DeliveryTarget.Mail) target);
    }
}
