package com.winccreports.wincc;

/**
 * An answer that could not be read (truncated or malformed JSON, a value without timestamp).
 * The transport retries it like an I/O error; if it persists, the caller reports it with its context.
 */
public class MalformedAnswerException extends RuntimeException {

    public MalformedAnswerException(String message) {
        super(message);
    }

    public MalformedAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
