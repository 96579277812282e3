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
 * @param connections  how many connections are held, and for how long one may take to send its headers
 */
public record ServerOptions(String host, int port, int maxBodyBytes, Duration idleTimeout, long minDataRate,
        boolean behindProxy, int maxThreads, Connections connections) {
    public static final int DEFAULT_MAX_BODY = 64 * 1024;

    /**
     * Limits against clients that hold connections open (slowloris: headers sent a byte at a time).
     *
     * @param headerTimeout a request must have sent all its headers this long after it began (or after the
     *                      connection opened); else the connection is closed, however slowly bytes still come
     * @param max           connections held at once, in all; beyond, new ones wait in the kernel's backlog
     * @param perAddress    connections held at once from one address; beyond, the oldest still sending its
     *                      headers is closed (0: no such limit, as behind a proxy, where every client has its address)
     * @param acceptQueue   the listening socket's backlog
     */
    public record Connections(Duration headerTimeout, int max, int perAddress, int acceptQueue) {
        public static Connections defaults(boolean behindProxy) {
            return new Connections(Duration.ofSeconds(10), 512, behindProxy ? 0 : 32, 128);
        }

        public Connections withHeaderTimeout(Duration timeout) {
            return new Connections(timeout, max, perAddress, acceptQueue);
        }
    }

    /** The defaults, listening on {@code host:port}. */
    public static ServerOptions defaults(String host, int port, boolean behindProxy) {
        return new ServerOptions(host, port, DEFAULT_MAX_BODY, Duration.ofSeconds(15), 512, behindProxy, 16,
                Connections.defaults(behindProxy));
    }

    public static ServerOptions loopback(int port) {
        return defaults("127.0.0.1", port, false);
    }

    public ServerOptions withMaxBody(int bytes) {
        return new ServerOptions(host, port, bytes, idleTimeout, minDataRate, behindProxy, maxThreads, connections);
    }

    public ServerOptions withIdleTimeout(Duration timeout) {
        return new ServerOptions(host, port, maxBodyBytes, timeout, minDataRate, behindProxy, maxThreads, connections);
    }

    public ServerOptions withConnections(Connections limits) {
        return new ServerOptions(host, port, maxBodyBytes, idleTimeout, minDataRate, behindProxy, maxThreads, limits);
    }

    /** Behind a proxy (or not): every client then comes from its address, so no limit per address. */
    public ServerOptions behindProxy(boolean proxy) {
        Connections limits = new Connections(connections.headerTimeout(), connections.max(),
                proxy ? 0 : Connections.defaults(false).perAddress(), connections.acceptQueue());
        return new ServerOptions(host, port, maxBodyBytes, idleTimeout, minDataRate, proxy, maxThreads, limits);
    }
}
