package com.winccreports.shiftreport;

import com.winccreports.definition.ReportSection;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.report.ShiftReport;
import com.winccreports.shiftreport.publish.ReportRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * The test's text renderer on a "full disk": when armed, the chosen file — a report file, or the manifest
 * written after the last one — is a link to {@code /dev/full}, where the kernel answers every write with
 * ENOSPC ("No space left on device"), so the product meets a real write failure on its own write path.
 */
final class FullDiskRenderer implements ReportRenderer {

    /** Which file fails: {@code "xlsx"}/{@code "pdf"} (a report file) or {@code "manifest"}; null: none. */
    static final AtomicReference<String> ARMED = new AtomicReference<>();
    static final Path FULL = Path.of("/dev/full");

    private final ReportRenderer text;

    FullDiskRenderer(ReportRenderer text) {
        this.text = text;
    }

    @Override
    public void render(ShiftReport report, ReportSection section, ReportSection.ReportFormat format, Path target)
            throws IOException {
        String armed = ARMED.get();
        if (format.extension().equals(armed)) {
            Files.createSymbolicLink(target, FULL);
        }
        text.render(report, section, format, target);
        Path manifest = target.resolveSibling(VersionPublisher.MANIFEST);
        if ("manifest".equals(armed) && !Files.exists(manifest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createSymbolicLink(manifest, FULL);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // the report files render side by side: another file's renderer linked it first
            }
        }
    }

    /** For contexts that name this class as a source (not {@code @Configuration}, so never scanned). */
    static class Wiring {
        @Bean
        static BeanPostProcessor fullDiskRenderer() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof TextReportRenderer text ? new FullDiskRenderer(text) : bean;
                }
            };
        }
    }
}
