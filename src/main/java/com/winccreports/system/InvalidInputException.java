package com.winccreports.system;

/**
 * Input a person must correct before anything can run — an argument, a name, a period, a template. Its
 * message is the one line the console shows (what is wrong, where, what to do); exit code 4.
 */
public class InvalidInputException extends IllegalArgumentException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
