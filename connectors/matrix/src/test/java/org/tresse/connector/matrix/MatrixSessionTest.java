package org.tresse.connector.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tresse.config.MatrixRoom;
import org.tresse.config.MatrixSettings;
import org.tresse.connector.matrix.homeserver.FakeHomeserver;
import org.tresse.connector.matrix.homeserver.Recorded;

/** Versions, login, whoami, stored and configured tokens, and what happens when a token is refused. */
class MatrixSessionTest extends MatrixTestBase {

    @Test
    void logsInWithThePasswordOnceAndReusesTheStoredToken() {
        MatrixConnector first = started();
        assertThat(homeserver.logins()).isEqualTo(1);
        assertThat(homeserver.requests()).extracting(Recorded::rawPath)
                .startsWith("/_matrix/client/versions", "/_matrix/client/v3/login", "/_matrix/client/v3/account/whoami");
        stop(first);

        started();

        assertThat(homeserver.logins()).as("the stored token is reused").isEqualTo(1);
        String storedToken = db.database().inTransaction(handle -> handle.one(
                "select access_token from matrix_session where user_id = ?", row -> row.getString(1), FakeHomeserver.BOT)).orElseThrow();
        assertThat(homeserver.issuedTokens()).contains(storedToken);
    }

    @Test
    void logsInAgainOnTheSameDeviceWhenTheHomeserverForgetsTheToken() {
        stop(started());
        homeserver.forgetTokens();

        started();

        assertThat(homeserver.logins()).isEqualTo(2);
        List<Recorded> logins = homeserver.requests().stream().filter(request -> request.rawPath().endsWith("/login")).toList();
        String firstDevice = db.database().inTransaction(handle -> handle.one(
                "select device_id from matrix_session", row -> row.getString(1))).orElseThrow();
        assertThat(logins.get(1).body().path("device_id").asText()).isEqualTo(firstDevice);
    }

    @Test
    void renewsTheTokenWhenItIsRefusedWhileRunning() {
        started(CAFE);
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        await().atMost(PATIENCE).until(() -> homeserver.joined(CAFE).contains(FakeHomeserver.BOT));
        homeserver.forgetTokens();

        homeserver.say(CAFE, ANA, "/aide");
        await().atMost(PATIENCE).until(() -> sink.texts().contains("/aide"));
        homeserver.say(CAFE, BOB, "/moi");

        await().atMost(PATIENCE).until(() -> sink.texts().containsAll(List.of("/aide", "/moi")));
        assertThat(homeserver.logins()).isEqualTo(2);
    }

    @Test
    void usesAConfiguredTokenWithoutLoggingIn() {
        String token = homeserver.issueToken();
        secret(token);
        MatrixConnector connector = connector(MatrixOptions.of(homeserver.uri(), FakeHomeserver.BOT, null, token, List.of()));

        started(connector);

        assertThat(homeserver.logins()).isZero();
        assertThat(homeserver.requests()).allSatisfy(request -> {
            assertThat(request.rawPath()).doesNotContain(token);
            assertThat(request.query().toString()).doesNotContain(token);
        });
        assertThat(homeserver.requests()).filteredOn(request -> request.rawPath().endsWith("/sync"))
                .allSatisfy(request -> assertThat(request.authorization()).isEqualTo("Bearer " + token));
    }

    @Test
    void aRefusedConfiguredTokenIsAClearErrorAndStopsReceiving() {
        String bogus = "syt_not_a_token_anyone_gave";
        secret(bogus);
        MatrixConnector connector = connector(MatrixOptions.of(homeserver.uri(), FakeHomeserver.BOT, null, bogus, List.of()));

        assertThatThrownBy(connector::connect)
                .isInstanceOfSatisfying(MatrixException.class, refused -> assertThat(refused.errcode()).isEqualTo("M_UNKNOWN_TOKEN"))
                .hasMessageContaining("jeton d'accès").hasMessageContaining("access token").hasMessageNotContaining(bogus);

        connector.start(sink);
        await().atMost(PATIENCE).until(() -> !connector.isReceiving());
        assertThat(logLines()).anyMatch(line -> line.contains("M_UNKNOWN_TOKEN") && line.contains("access token"));
    }

    @Test
    void aWrongPasswordIsAClearError() {
        MatrixConnector connector = connector(MatrixOptions.of(homeserver.uri(), FakeHomeserver.BOT, "wrong password", null, List.of()));
        secret("wrong password");

        assertThatThrownBy(connector::connect).isInstanceOf(MatrixException.class)
                .hasMessageContaining("mot de passe").hasMessageContaining("password").hasMessageNotContaining("wrong password");
    }

    @Test
    void percentEncodesRoomIdsAndAliasesInPaths() throws Exception {
        homeserver.room("!bureau:example.org", ANA);
        homeserver.alias("#bureau:example.org", "!bureau:example.org");
        homeserver.invite("!bureau:example.org", ANA);

        started("#bureau:example.org");

        await().atMost(PATIENCE).until(() -> homeserver.joined("!bureau:example.org").contains(FakeHomeserver.BOT));
        assertThat(homeserver.requests()).extracting(Recorded::rawPath)
                .contains("/_matrix/client/v3/directory/room/%23bureau%3Aexample.org",
                        "/_matrix/client/v3/join/%21bureau%3Aexample.org");
    }

    @Test
    void isBuiltFromTheConfiguration() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        MatrixSettings settings = new MatrixSettings(homeserver.uri().toString(), FakeHomeserver.BOT, FakeHomeserver.PASSWORD, null,
                List.of(new MatrixRoom(CAFE, "cafe")), null);
        MatrixConnector connector = MatrixConnector.fromSettings(settings, db.database());

        started(connector);
        homeserver.say(CAFE, ANA, "/aide");

        await().atMost(PATIENCE).until(() -> sink.texts().contains("/aide"));
        stop(connector);
    }
}
