package org.tresse.web.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing table: {@code GET /decisions/{n}} to a handler. A segment written {@code {name}}
 * matches any one non-empty segment and is read with {@link WebRequest#pathParam}. A route takes
 * bodies up to the server's limit (a form's), unless it says otherwise ({@link #post(String, int, Handler)}).
 */
public final class Routes {
    private final List<Route> routes = new ArrayList<>();

    public Routes get(String pattern, Handler handler) {
        return add("GET", pattern, handler);
    }

    public Routes post(String pattern, Handler handler) {
        return add("POST", pattern, handler);
    }

    /** A POST route taking bodies up to {@code maxBodyBytes} rather than the server's limit (a webhook's updates). */
    public Routes post(String pattern, int maxBodyBytes, Handler handler) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("a body limit is positive: " + maxBodyBytes);
        }
        return add("POST", pattern, handler, maxBodyBytes);
    }

    public Routes add(String method, String pattern, Handler handler) {
        return add(method, pattern, handler, 0);
    }

    private Routes add(String method, String pattern, Handler handler, int maxBody) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route starts with /: " + pattern);
        }
        for (Route route : routes) {
            if (route.method.equals(method) && route.pattern.equals(pattern)) {
                throw new IllegalArgumentException("two routes for " + method + " " + pattern);
            }
        }
        routes.add(new Route(method, pattern, segments(pattern), handler, maxBody));
        return this;
    }

    public Routes with(WebRoutes feature) {
        feature.register(this);
        return this;
    }

    /** The route for this method and path, with its path parameters. */
    public Optional<Match> find(String method, String path) {
        List<String> given = segments(path);
        String wanted = "HEAD".equals(method) ? "GET" : method;
        for (Route route : routes) {
            if (route.method.equals(wanted)) {
                Map<String, String> parameters = route.match(given);
                if (parameters != null) {
                    return Optional.of(new Match(route.handler, parameters, route.maxBody));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether some route answers this path with another method (a 405 rather than a 404). */
    public boolean anyMethod(String path) {
        List<String> given = segments(path);
        return routes.stream().anyMatch(route -> route.match(given) != null);
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /**
     * A route found for a request.
     *
     * @param maxBody the largest body this route takes, 0 for the server's limit
     */
    public record Match(Handler handler, Map<String, String> pathParams, int maxBody) {
        public Match {
            pathParams = Map.copyOf(pathParams);
        }

        /** The route's own limit, else {@code serverLimit}. */
        public int bodyLimit(int serverLimit) {
            return maxBody > 0 ? maxBody : serverLimit;
        }
    }

    private record Route(String method, String pattern, List<String> segments, Handler handler, int maxBody) {
        Map<String, String> match(List<String> given) {
            if (given.size() != segments.size()) {
                return null;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int index = 0; index < segments.size(); index++) {
                String expected = segments.get(index);
                if (expected.startsWith("{") && expected.endsWith("}")) {
                    parameters.put(expected.substring(1, expected.length() - 1), given.get(index));
                } else if (!expected.equals(given.get(index))) {
                    return null;
                }
            }
            return parameters;
        }
    }
}
