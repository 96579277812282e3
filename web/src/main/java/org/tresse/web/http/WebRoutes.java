package org.tresse.web.http;

/**
 * What a feature adds to the web server: its routes, registered in plain code
 * ({@code routes -> routes.get("/sante", health::page)}). Several are combined with {@link #and}.
 */
@FunctionalInterface
public interface WebRoutes {
    void register(Routes routes);

    default WebRoutes and(WebRoutes other) {
        return routes -> {
            register(routes);
            other.register(routes);
        };
    }
}
