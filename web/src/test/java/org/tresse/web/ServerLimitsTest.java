package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** A client that sends its request too slowly is dropped; a malformed request gets a plain 400, nothing more. */
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
}
