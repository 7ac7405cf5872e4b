package com.winccreports.security;

/** The access configuration is unsafe or invalid: {@code serve} refuses to start, with this one line. */
public final class SecurityConfigurationException extends IllegalStateException {

    public SecurityConfigurationException(String message) {
        super(message);
    }

    /** This exception among {@code failure}'s causes (a start-up failure wraps it), or null. */
    public static SecurityConfigurationException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SecurityConfigurationException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
