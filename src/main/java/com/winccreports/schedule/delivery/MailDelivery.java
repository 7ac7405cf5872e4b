package com.winccreports.schedule.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mails a report version: attached when the files together fit {@code maxAttachmentBytes}, else as
 * links (the configured link base plus the file's path below the output folder, or the file's path).
 */
final class MailDelivery {

    private final JavaMailSender sender;
    private final String from;
    private final Path outputRoot;

    MailDelivery(JavaMailSender sender, String from, Path outputRoot) {
        this.sender = sender;
        this.from = from;
        this.outputRoot = outputRoot;
    }

    String deliver(ReportVersion report, DeliveryTarget.Mail target) throws IOException, MessagingException {
        long size = totalSize(report.files());
        boolean attach = size <= target.maxAttachmentBytes();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper mail = new MimeMessageHelper(message, attach && !report.files().isEmpty(), "UTF-8");
        mail.setFrom(from);
        mail.setTo(target.to().toArray(String[]::new));
        mail.setSubject(subject(report));
        mail.setText(body(report, target, attach, size));
        if (attach) {
            for (Path file : report.files()) {
                mail.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
            }
        }
        sender.send(message);
        return (attach ? "attached " : "linked ") + report.files().size() + " file(s), " + size + " bytes";
    }

    static String subject(ReportVersion report) {
        return "[wincc-reports] " + report.job() + " " + report.period().label()
                + (report.version() > 1 ? " (version " + report.version() + ")" : "")
                + (report.incomplete() ? " - INCOMPLETE" : "");
    }

    private String body(ReportVersion report, DeliveryTarget.Mail target, boolean attach, long size) {
        StringBuilder text = new StringBuilder()
                .append("Report ").append(report.job()).append(" for ").append(report.period().label())
                .append(" (").append(report.period().from()).append(" to ").append(report.period().to())
                .append(" UTC), version ").append(report.version()).append(".\n");
        if (report.incomplete()) {
            text.append("The archive did not hold the whole period when the report was made: it is incomplete.\n");
        }
        if (!attach) {
            text.append("The files (").append(size).append(" bytes) exceed the mail limit of ")
                    .append(target.maxAttachmentBytes()).append(" bytes; they are here:\n");
            report.files().forEach(file -> text.append("  ").append(link(file, target)).append('\n'));
        }
        return text.toString();
    }

    private String link(Path file, DeliveryTarget.Mail target) {
        Path absolute = file.toAbsolutePath().normalize();
        if (target.linkBase() == null || target.linkBase().isBlank() || !absolute.startsWith(outputRoot)) {
            return absolute.toString();
        }
        String base = target.linkBase().endsWith("/") ? target.linkBase() : target.linkBase() + "/";
        return base + outputRoot.relativize(absolute).toString().replace('\\', '/');
    }

    private static long totalSize(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }
}
