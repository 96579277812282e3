package org.tresse.web.http.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections that take too long over their headers (slowloris: a byte now and then keeps
 * the idle timeout from ever firing). Each HTTP connection is looked at every {@code headerTimeout}:
 * one still reading the same request's line or headers as at the last look is closed; so a request
 * gets between one and two timeouts to send its headers, the body being the minimum data rate's
 * business and an idle kept-alive connection the idle timeout's. With {@code perAddress} above 0,
 * an address (an IPv6 /64 network) holding more connections than that loses its oldest one still reading headers (a
 * browser's new request from the same address is not refused: the attacker's old ones go first).
 * Runs on Jetty's scheduler, stopped with the server.
 */
public final class SlowHeaders implements Connection.Listener {
    private static final Logger log = LoggerFactory.getLogger(SlowHeaders.class);

    private final long timeoutMillis;
    private final int perAddress;
    private final Scheduler scheduler;
    private final Map<Connection, Watched> watched = new HashMap<>();
    private final Map<String, Deque<Watched>> byAddress = new HashMap<>();

    public SlowHeaders(Duration headerTimeout, int perAddress, Scheduler scheduler) {
        this.timeoutMillis = headerTimeout.toMillis();
        this.perAddress = perAddress;
        this.scheduler = scheduler;
    }

    /** One connection and the requests it had read at the last look. */
    private static final class Watched {
        final HttpConnection connection;
        final Optional<String> address;
        long requestsSeen;
        volatile Scheduler.Task next;

        Watched(HttpConnection connection, Optional<String> address) {
            this.connection = connection;
            this.address = address;
        }

        /** Reading a request line or headers (or nothing yet, on a fresh connection). */
        boolean readingHeaders() {
            HttpParser parser = connection.getParser();
            return parser.inHeaderState() && (!parser.isStart() || connection.getMessagesIn() == 0);
        }
    }

    @Override
    public void onOpened(Connection connection) {
        if (!(connection instanceof HttpConnection http)) {
            return;
        }
        Watched watch = new Watched(http, addressOf(http.getEndPoint().getRemoteSocketAddress()));
        Watched evicted = null;
        synchronized (this) {
            watched.put(connection, watch);
            if (perAddress > 0 && watch.address.isPresent()) {
                Deque<Watched> same = byAddress.computeIfAbsent(watch.address.get(), address -> new ArrayDeque<>());
                same.addLast(watch);
                if (same.size() > perAddress) {
                    evicted = same.stream().filter(Watched::readingHeaders).findFirst().orElse(watch);
                    same.remove(evicted);
                }
            }
        }
        if (evicted != null) {
            log.debug("Too many connections from one address: the oldest still sending its headers is closed");
            close(evicted);
        }
        if (evicted != watch) {
            watch.next = scheduler.schedule(() -> look(watch), timeoutMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        Watched watch;
        synchronized (this) {
            watch = watched.remove(connection);
            if (watch != null) {
                watch.address.ifPresent(address -> {
                    Deque<Watched> same = byAddress.get(address);
                    if (same != null) {
                        same.remove(watch);
                        if (same.isEmpty()) {
                            byAddress.remove(address);
                        }
                    }
                });
            }
        }
        if (watch != null && watch.next != null) {
            watch.next.cancel();
        }
    }

    private void look(Watched watch) {
        if (!watch.connection.getEndPoint().isOpen()) {
            return;
        }
        long requests = watch.connection.getMessagesIn();
        if (watch.readingHeaders() && requests == watch.requestsSeen) {
            log.debug("A client took more than {} ms over its request's headers: connection closed", timeoutMillis);
            close(watch);
            return;
        }
        watch.requestsSeen = requests;
        watch.next = scheduler.schedule(() -> look(watch), timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private static void close(Watched watch) {
        watch.connection.getEndPoint().close();
    }

    private static Optional<String> addressOf(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null ? Optional.of(client(inet.getAddress()))
                : Optional.empty();
    }

    /**
     * What the limit per address counts under: an IPv4 address, or the /64 network of an IPv6 one
     * (one subscriber holds a whole /64: counted per address, it could take every connection).
     */
    static String client(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 ? java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address.getHostAddress();
    }
}
