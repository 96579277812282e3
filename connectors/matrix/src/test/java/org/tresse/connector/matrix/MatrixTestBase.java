package org.tresse.connector.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.tresse.connector.matrix.homeserver.FakeHomeserver;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Each test gets a fresh database, a test homeserver on loopback and a recording sink. After
 * each test: no request broke the specification, and no log line held a secret.
 */
@StoreTest
abstract class MatrixTestBase {
    static final String ANA = "@ana:example.org";
    static final String BOB = "@bob:example.org";
    static final String CAFE = "!cafe:example.org";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    final TestDatabase db = new TestDatabase(MatrixConnector.MIGRATIONS);

    FakeHomeserver homeserver;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final RecordingSink sink = new RecordingSink();
    private final List<MatrixConnector> connectors = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>(List.of(FakeHomeserver.PASSWORD));
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void startHomeserver() throws Exception {
        homeserver = new FakeHomeserver();
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void stopEverything() {
        connectors.forEach(MatrixConnector::stop);
        homeserver.close();
        root().detachAppender(logs);
        assertThat(homeserver.violations()).as("requests that break the Matrix specification").isEmpty();
        secrets.addAll(homeserver.issuedTokens());
        for (ILoggingEvent event : logs.list) {
            for (String secret : secrets) {
                assertThat(event.getFormattedMessage()).as("a log line").doesNotContain(secret);
                for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                    assertThat(String.valueOf(cause.getMessage())).as("a logged exception").doesNotContain(secret);
                }
            }
        }
    }

    /** A secret that must never appear in a log line (tokens the test hands out). */
    void secret(String value) {
        secrets.add(value);
    }

    MatrixOptions passwordOptions(String... rooms) {
        return MatrixOptions.of(homeserver.uri(), FakeHomeserver.BOT, FakeHomeserver.PASSWORD, null, List.of(rooms))
                .withSyncTimeout(Duration.ofSeconds(5));
    }

    MatrixConnector connector(MatrixOptions options) {
        MatrixConnector connector = new MatrixConnector(options, db.database(), http, Clock.systemUTC());
        connectors.add(connector);
        return connector;
    }

    /** Starts a password connector and waits until it is in its steady sync loop. */
    MatrixConnector started(String... rooms) {
        return started(connector(passwordOptions(rooms)));
    }

    MatrixConnector started(MatrixConnector connector) {
        int before = homeserver.incrementalSyncs();
        connector.start(sink);
        await().atMost(PATIENCE).until(() -> homeserver.incrementalSyncs() > before);
        return connector;
    }

    void stop(MatrixConnector connector) {
        connector.stop();
        connectors.remove(connector);
    }

    List<String> logLines() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
