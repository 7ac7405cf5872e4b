package com.winccreports.wincc;

import java.util.Locale;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Names what went wrong on the network in words an operator knows ("connection refused", "unknown host")
 * instead of the JDK's exception types, whose messages are often empty ({@code ConnectException: null}).
 */
final class NetworkFailures {

    private NetworkFailures() {
    }

    /** The failure in words, or null when {@code failure} is not a network failure (e.g. a parse error). */
    static String describe(Throwable failure, Duration connectTimeout) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "no connection within the connect timeout of " + connectTimeout.toMillis() + " ms";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof ConnectException) {
                return t.getMessage() == null || t.getMessage().isBlank() ? "connection refused"
                        : t.getMessage().toLowerCase(Locale.ROOT);
            }
            if (t instanceof HttpTimeoutException) {
                return t.getMessage();
            }
            if (t instanceof IOException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("connection reset")) {
                return "connection reset by the server";
            }
        }
        return null;
    }
}
