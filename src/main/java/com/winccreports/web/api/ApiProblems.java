package com.winccreports.web.api;

import com.winccreports.web.InvalidParameterException;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Errors of the API as {@code application/problem+json} (RFC 9457): status, title, a detail a person can act on
 * and, where one parameter is at fault, its name in {@code parameter} — a wrong value, a value that does not
 * parse, a missing parameter, a field of the JSON body.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameterException e) {
        return ResponseEntity.status(e.status()).body(problem(e.status(), e.getMessage(), e.parameter()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String parameter = null;
        String detail = "the request body is not the JSON this endpoint takes";
        if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            parameter = json.getPath().stream().map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                    : "[" + ref.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
            detail = parameter + ": " + (json instanceof InvalidFormatException format
                    ? "'" + format.getValue() + "' is not a " + format.getTargetType().getSimpleName()
                            + expected(format.getTargetType().getSimpleName())
                    : json.getOriginalMessage().lines().findFirst().orElse(""));
        }
        return handleExceptionInternal(ex, problem(status, detail, parameter), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String type = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        return handleExceptionInternal(ex, problem(status, ex.getPropertyName() + ": '" + ex.getValue()
                + "' is not a " + type + expected(type), ex.getPropertyName()), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, problem(status, ex.getParameterName() + " is required",
                ex.getParameterName()), headers, status, request);
    }

    private static String expected(String type) {
        return switch (type) {
            case "LocalDate" -> " (YYYY-MM-DD)";
            case "Instant" -> " (an ISO-8601 instant, e.g. 2026-11-24T05:00:00Z)";
            case "int", "Integer", "long", "Long" -> " (a whole number)";
            default -> "";
        };
    }

    static ProblemDetail problem(HttpStatusCode status, String detail, String parameter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
        }
        return problem;
    }
}
