package com.winccreports.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The 401 of the API and actuator: {@code WWW-Authenticate: Bearer realm="wincc-reports"}, with
 * {@code error="invalid_token"} when a token was refused. Never a Basic challenge (no browser should learn
 * and replay a Basic login), and no pointer to OAuth metadata: this service is its own token issuer.
 */
final class BearerChallenge implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) {
        String challenge = "Bearer realm=\"wincc-reports\"";
        if (refused instanceof InvalidBearerTokenException) {
            challenge += ", error=\"invalid_token\"";
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", challenge);
    }
}
