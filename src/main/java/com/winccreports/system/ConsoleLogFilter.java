package com.winccreports.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Decides which log events a console appender of {@code logback-spring.xml} prints. Each console appender
 * serves one style ({@code appliesTo}); only the one matching the active style ({@code style}) prints. The
 * {@code brief} style (one-shot verbs such as {@code run}) lets through only the product's own warnings: the
 * progress line stays readable, and a failure is said once, by the verb's own line, not again by every layer
 * that logged it (those errors, with their traces, are in the log file).
 */
public final class ConsoleLogFilter extends Filter<ILoggingEvent> {

    /** The style of the one-shot verbs. */
    public static final String BRIEF = "brief";
    /** The style of {@code serve} (Boot's full console lines). */
    public static final String FULL = "full";

    private static final String PRODUCT_LOGGERS = "com.winccreports.";

    private String style = FULL;
    private String appliesTo = FULL;

    public void setStyle(String style) {
        this.style = style == null || style.isBlank() ? FULL : style.trim();
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (!style.equals(appliesTo)) {
            return FilterReply.DENY;
        }
        if (BRIEF.equals(appliesTo)) {
            boolean ours = event.getLoggerName().startsWith(PRODUCT_LOGGERS);
            return ours && event.getLevel() == Level.WARN ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
