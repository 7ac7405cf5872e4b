package com.winccreports.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 401 and 403 of the API and actuator, as {@code application/problem+json} (RFC 9457) with a {@code detail}
 * a person can act on, as every other error of the API (docs/web.md, "Errors"). The 401 carries
 * {@code WWW-Authenticate: Bearer realm="wincc-reports"}, with {@code error="invalid_token"} when a token was
 * refused — never a Basic challenge (no browser should learn and replay a Basic login), and no pointer to OAuth
 * metadata: this service is its own token issuer.
 */
final class BearerChallenge implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** As Spring MVC writes a {@link ProblemDetail}: its mix-in leaves out empty fields and flattens properties. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        String challenge = "Bearer realm=\"wincc-reports\"";
        boolean token = refused instanceof InvalidBearerTokenException;
        if (token) {
            challenge += ", error=\"invalid_token\"";
        }
        response.setHeader("WWW-Authenticate", challenge);
        problem(response, HttpStatus.UNAUTHORIZED, token
                ? "The token was refused (expired, revoked or not one of this service): get a new one with POST /api/tokens"
                : "Log in: HTTP Basic with your user and password, or a bearer token from POST /api/tokens");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problem(response, HttpStatus.FORBIDDEN,
                "You may not do this with your role. Ask an administrator for the role you need.");
    }

    /** The problem as the API's other errors are written ({@link ProblemDetail}, RFC 9457). */
    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getWriter(), problem);
    }
}
