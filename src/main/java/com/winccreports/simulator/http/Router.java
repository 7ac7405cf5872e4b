package com.winccreports.simulator.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps (method, path segments after {@code /WinCCRestService}) to an endpoint, ignoring the case of
 * literal segments as the real service does; {@code {}} in a pattern matches any one segment.
 */
public final class Router {

    /** Serves one call: writes the body into {@code out} and returns the HTTP status. */
    @FunctionalInterface
    public interface Endpoint {
        int serve(HttpCall call, JsonBuffer out);
    }

    private record Route(String method, String[] pattern, Endpoint endpoint) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String path, Endpoint endpoint) {
        routes.add(new Route(method, path.split("/"), endpoint));
        return this;
    }

    /** The endpoint for the call; 404 for an unknown path, 405 for a known path with another method. */
    public Endpoint find(String method, List<String> segments) {
        boolean pathKnown = false;
        for (Route route : routes) {
            if (matches(route.pattern, segments)) {
                if (route.method.equalsIgnoreCase(method)) {
                    return route.endpoint;
                }
                pathKnown = true;
            }
        }
        if (pathKnown) {
            throw new ApiException(405, method + " is not allowed on this resource", null);
        }
        throw ApiException.notFound("no such resource: /" + String.join("/", segments));
    }

    private static boolean matches(String[] pattern, List<String> segments) {
        if (pattern.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("{}") && !pattern[i].equalsIgnoreCase(segments.get(i))) {
                return false;
            }
        }
        return true;
    }
}
