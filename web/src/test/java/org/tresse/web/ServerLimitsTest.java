package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.TestDatabase;
import org.tresse.web.http.ServerOptions;
import org.tresse.testkit.store.StoreTest;

/**
 * A client that sends its request too slowly is dropped, many such clients do not starve a visitor;
 * a malformed request gets a plain 400, nothing more.
 */
@StoreTest
class ServerLimitsTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;

    @AfterEach
    void stop() {
        village.close();
    }

    @Test
    void aClientThatStopsHalfWayThroughItsHeadersIsDisconnected() throws Exception {
        village = WebVillage.start(db.database(), options -> options.withServer(options.server().withIdleTimeout(Duration.ofMillis(500))));
        int port = Integer.parseInt(village.base().substring(village.base().lastIndexOf(':') + 1));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            AtomicInteger last = new AtomicInteger();
            socket.setSoTimeout(10_000);
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                int read = in.read();
                last.set(read);
                return read < 0;
            });
            assertThat(last.get()).isEqualTo(-1);
        }
    }

    @Test
    void aMalformedRequestGetsABareAnswer() throws Exception {
        village = WebVillage.start(db.database());
        int port = Integer.parseInt(village.base().substring(village.base().lastIndexOf(':') + 1));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /decisions?q=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("exception").doesNotContain("jetty");
        }
    }

    /** Slowloris from one address: a perAddress limit closes most at once, the header deadline the rest. */
    @Test
    void twoHundredConnectionsTricklingTheirHeadersNeitherStarveAVisitorNorStayOpen() throws Exception {
        trickleAndVisit(ServerOptions.Connections.defaults(false).withHeaderTimeout(Duration.ofSeconds(3)));
    }

    /** Behind a proxy every client has its address: the header deadline alone closes them. */
    @Test
    void withoutALimitPerAddressTheHeaderDeadlineAloneClosesThem() throws Exception {
        trickleAndVisit(ServerOptions.Connections.defaults(true).withHeaderTimeout(Duration.ofSeconds(3)));
    }

    private void trickleAndVisit(ServerOptions.Connections limits) throws Exception {
        village = WebVillage.start(db.database(), options -> options.withServer(options.server().withConnections(limits)));
        int port = Integer.parseInt(village.base().substring(village.base().lastIndexOf(':') + 1));
        List<Socket> slow = new ArrayList<>();
        Set<Socket> closed = ConcurrentHashMap.newKeySet();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int index = 0; index < 200; index++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            trickle.scheduleWithFixedDelay(() -> slow.stream().filter(socket -> !closed.contains(socket)).forEach(socket -> {
                try {
                    socket.getOutputStream().write('x');
                } catch (IOException gone) {
                    closed.add(socket);
                }
            }), 0, 200, TimeUnit.MILLISECONDS);
            HttpClient client = HttpClient.newHttpClient();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> client.send(HttpRequest.newBuilder(URI.create(village.base() + "/")).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(closed).hasSize(200));
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }
}
