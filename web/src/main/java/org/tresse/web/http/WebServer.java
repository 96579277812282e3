package org.tresse.web.http;

import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.tresse.web.http.internal.JettyBridge;
import org.tresse.web.http.internal.QuietErrors;
import org.tresse.web.http.internal.SlowHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HTTP server: Jetty's core handlers (no servlet container), one port, a bounded
 * thread pool owned here and stopped in {@link #stop()}. Slow clients are bounded:
 * the idle timeout, a minimum data rate for bodies, a deadline for headers ({@link SlowHeaders}),
 * connections per address and in all ({@link ServerOptions.Connections}). Starting is explicit; the constructor
 * does nothing but remember.
 */
public final class WebServer {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final ServerOptions options;
    private final Routes routes;
    private final Failures failures;
    private final ReplyFilter filter;
    private Server server;
    private ServerConnector connector;

    public WebServer(ServerOptions options, Routes routes, Failures failures, ReplyFilter filter) {
        this.options = options;
        this.routes = routes;
        this.failures = failures;
        this.filter = filter;
    }

    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("the web server is already started");
        }
        ServerOptions.Connections limits = options.connections();
        QueuedThreadPool threads = new QueuedThreadPool(options.maxThreads(), 2, 30_000);
        threads.setName("tresse-web");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        http.setRequestHeaderSize(8 * 1024);
        if (options.behindProxy()) {
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector listening = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        listening.setHost(options.host());
        listening.setPort(options.port());
        listening.setIdleTimeout(options.idleTimeout().toMillis());
        listening.setAcceptQueueSize(limits.acceptQueue());
        listening.addBean(new SlowHeaders(limits.headerTimeout(), limits.perAddress(), listening.getScheduler()));
        jetty.addConnector(listening);
        jetty.addBean(new NetworkConnectionLimit(limits.max(), listening));
        jetty.setErrorHandler(new QuietErrors());
        jetty.setHandler(new MinimumDataRateHandler(new JettyBridge(routes, failures, filter, options.maxBodyBytes()),
                options.minDataRate(), 0));
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("the web server could not listen on " + options.host() + ":" + options.port(), e);
        }
        server = jetty;
        connector = listening;
        log.info("Web pages served on http://{}:{}", options.host(), port());
    }

    /** The port listened on (the real one when asked for 0). */
    public synchronized int port() {
        if (connector == null) {
            throw new IllegalStateException("the web server is not started");
        }
        return connector.getLocalPort();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("Stopping the web server failed", e);
        }
        server = null;
        connector = null;
    }
}
