package com.winccreports.web;

import org.springframework.http.HttpStatus;

/**
 * A request the API cannot take, naming the parameter at fault and what to do; answered as
 * {@code application/problem+json} with the parameter in {@code parameter}.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final HttpStatus status;

    public InvalidParameterException(String parameter, String message) {
        this(HttpStatus.BAD_REQUEST, parameter, message);
    }

    public InvalidParameterException(HttpStatus status, String parameter, String message) {
        super(message);
        this.parameter = parameter;
        this.status = status;
    }

    public String parameter() {
        return parameter;
    }

    public HttpStatus status() {
        return status;
    }
}
