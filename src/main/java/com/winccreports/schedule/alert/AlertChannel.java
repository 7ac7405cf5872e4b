package com.winccreports.schedule.alert;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** Where alerts of a job go; the log always gets them too. */
public sealed interface AlertChannel {

    /** The service log at WARN (also where every alert is written anyway). */
    record Log() implements AlertChannel {
    }

    /** An e-mail to {@code to} through the configured SMTP server. */
    record Mail(List<String> to) implements AlertChannel {
        public Mail {
            to = List.copyOf(to);
            if (to.isEmpty()) {
                throw new IllegalArgumentException("a mail alert needs at least one recipient");
            }
        }
    }

    /** A JSON POST ({@code {"kind":…,"job":…,"period":…,"message":…}}) to {@code url}. */
    record Webhook(URI url) implements AlertChannel {
        public Webhook {
            Objects.requireNonNull(url, "url");
        }
    }
}
