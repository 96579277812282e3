package org.tresse.web.http;

import java.time.Duration;

/**
 * How the server listens and what it tolerates.
 *
 * @param host         the address to bind, e.g. {@code 127.0.0.1}
 * @param port         0 for any free port (tests)
 * @param maxBodyBytes the largest request body accepted (a form); larger ones get 413
 * @param idleTimeout  a client silent this long is dropped (slow clients)
 * @param minDataRate  bytes per second a client must at least send a body at
 * @param behindProxy  trust {@code X-Forwarded-For} and {@code X-Forwarded-Proto} (a reverse proxy on the same machine)
 * @param maxThreads   the most requests handled at once
 */
public record ServerOptions(String host, int port, int maxBodyBytes, Duration idleTimeout, long minDataRate,
        boolean behindProxy, int maxThreads) {
    public static final int DEFAULT_MAX_BODY = 64 * 1024;

    public static ServerOptions loopback(int port) {
        return new ServerOptions("127.0.0.1", port, DEFAULT_MAX_BODY, Duration.ofSeconds(15), 512, false, 16);
    }

    public ServerOptions withMaxBody(int bytes) {
        return new ServerOptions(host, port, bytes, idleTimeout, minDataRate, behindProxy, maxThreads);
    }

    public ServerOptions withIdleTimeout(Duration timeout) {
        return new ServerOptions(host, port, maxBodyBytes, timeout, minDataRate, behindProxy, maxThreads);
    }

    public ServerOptions behindProxy(boolean proxy) {
        return new ServerOptions(host, port, maxBodyBytes, idleTimeout, minDataRate, proxy, maxThreads);
    }
}
