package com.winccreports.simulator.http;

/** A request-level failure: answered with {@code status} and a JSON body naming the problem (and parameter). */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String parameter;

    public ApiException(int status, String message, String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiException badParameter(String parameter, String problem) {
        return new ApiException(400, "parameter '" + parameter + "' " + problem, parameter);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message, null);
    }

    public int status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }

    /** Writes {@code {"status":400,"error":"Bad Request","message":"...","parameter":"..."}}. */
    public static void writeBody(JsonBuffer out, int status, String message, String parameter) {
        out.reset();
        out.raw("{\"status\":").number(status).raw(",\"error\":").string(reason(status))
                .raw(",\"message\":").string(message);
        if (parameter != null) {
            out.raw(",\"parameter\":").string(parameter);
        }
        out.raw('}');
    }

    public static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 423 -> "Locked";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            default -> "Error";
        };
    }
}
