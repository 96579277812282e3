package org.tresse.connector.matrix;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the Matrix connector reaches its account. Neither secret is ever shown by {@link #toString()}.
 *
 * @param homeserver  the client-server API base, e.g. {@code https://matrix.example.org}
 * @param userId      the bot's full user id, e.g. {@code @tresse:example.org}
 * @param password    the account's password, or null when an access token is given
 * @param accessToken an access token, or null to log in with the password (the token it gives is stored)
 * @param rooms       the rooms (ids or aliases) whose invitations the bot accepts, always group rooms
 * @param syncTimeout how long one {@code /sync} long poll waits for events
 * @param encryptionProxy the homeserver URL is an encryption proxy (pantalaimon) that decrypts
 *                    encrypted rooms: they are then not told that the bot can't read them
 */
public record MatrixOptions(
        URI homeserver, String userId, String password, String accessToken, List<String> rooms, Duration syncTimeout,
        boolean encryptionProxy) {

    public static final Duration DEFAULT_SYNC_TIMEOUT = Duration.ofSeconds(30);

    public MatrixOptions {
        Objects.requireNonNull(homeserver, "homeserver");
        Objects.requireNonNull(userId, "userId");
        if (!userId.startsWith("@") || userId.indexOf(':') < 2) {
            throw new IllegalArgumentException("a Matrix user id looks like @tresse:example.org, got " + userId);
        }
        password = password == null || password.isEmpty() ? null : password;
        accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken.strip();
        if (password == null && accessToken == null) {
            throw new IllegalArgumentException("the Matrix connector needs a password or an access token");
        }
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
        syncTimeout = syncTimeout == null ? DEFAULT_SYNC_TIMEOUT : syncTimeout;
        String base = homeserver.toString();
        if (base.endsWith("/")) {
            homeserver = URI.create(base.substring(0, base.length() - 1));
        }
    }

    public static MatrixOptions of(URI homeserver, String userId, String password, String accessToken, List<String> rooms) {
        return new MatrixOptions(homeserver, userId, password, accessToken, rooms, DEFAULT_SYNC_TIMEOUT, false);
    }

    public MatrixOptions withSyncTimeout(Duration timeout) {
        return new MatrixOptions(homeserver, userId, password, accessToken, rooms, timeout, encryptionProxy);
    }

    public MatrixOptions withEncryptionProxy(boolean proxy) {
        return new MatrixOptions(homeserver, userId, password, accessToken, rooms, syncTimeout, proxy);
    }

    @Override
    public String toString() {
        return "MatrixOptions[homeserver=" + homeserver + ", userId=" + userId
                + ", password=" + (password == null ? "none" : "***")
                + ", accessToken=" + (accessToken == null ? "none" : "***")
                + ", rooms=" + rooms + ", syncTimeout=" + syncTimeout + ", encryptionProxy=" + encryptionProxy + "]";
    }
}
