package com.winccreports.audit;

import java.util.Map;
import org.springframework.context.ApplicationContext;

/** The one call a command-line verb makes to record what it did: the OS user running it is the actor. */
public final class CommandLineAudit {

    private CommandLineAudit() {
    }

    /** Records {@code action} on {@code target} in the trail of {@code context}'s database, by the OS user. */
    public static AuditEntry record(ApplicationContext context, String action, String target,
            Map<String, String> details) {
        return context.getBean(AuditTrail.class).record(osUser(), action, target, details);
    }

    /** The OS user of this process. */
    public static String osUser() {
        return System.getProperty("user.name", "unknown");
    }
}
