package com.winccreports.system;

/**
 * The Spring context of a verb did not start — almost always a setting in {@code config/application.yaml}
 * (a source without url, a password variable not set, a value of the wrong type). The message is the most
 * specific one found among the causes.
 */
public class ContextStartException extends RuntimeException {

    public ContextStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
