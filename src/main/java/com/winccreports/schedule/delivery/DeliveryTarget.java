package com.winccreports.schedule.delivery;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Where a finished report version goes. Each target gets each version once, logged by {@link #id()}. */
public sealed interface DeliveryTarget {

    /** Stable name of the target in the delivery log; changing it re-delivers nothing old. */
    String id();

    /** Copies the report files to {@code folder/<job>/<period>/v<n>/} (a local folder or a mounted share). */
    record Folder(Path folder) implements DeliveryTarget {
        public Folder {
            Objects.requireNonNull(folder, "folder");
        }

        @Override
        public String id() {
            return "folder:" + folder;
        }
    }

    /**
     * Mails the report files to {@code to}; when they are larger than {@code maxAttachmentBytes} together,
     * the mail carries links instead ({@code linkBase} + path under the output folder, or the file path).
     */
    record Mail(List<String> to, long maxAttachmentBytes, String linkBase) implements DeliveryTarget {
        public Mail {
            to = List.copyOf(to);
            if (to.isEmpty()) {
                throw new IllegalArgumentException("a mail target needs at least one recipient");
            }
            if (maxAttachmentBytes < 0) {
                throw new IllegalArgumentException("maxAttachmentBytes must not be negative: " + maxAttachmentBytes);
            }
        }

        @Override
        public String id() {
            return "mail:" + String.join(",", to);
        }
    }
}
