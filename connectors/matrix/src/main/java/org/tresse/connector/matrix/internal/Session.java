package org.tresse.connector.matrix.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.tresse.connector.matrix.MatrixException;
import org.tresse.connector.matrix.MatrixOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's login: an access token from the configuration, or one a password login gave and
 * the store kept. Checked with {@code whoami}; renewed by a new password login when the
 * homeserver forgets it ({@code M_UNKNOWN_TOKEN}). Neither token nor password is ever logged.
 */
public final class Session {
    private static final Logger log = LoggerFactory.getLogger(Session.class);

    private final MatrixClient client;
    private final MatrixStore store;
    private final MatrixOptions options;
    private volatile String userId;
    private volatile long generation;

    public Session(MatrixClient client, MatrixStore store, MatrixOptions options) {
        this.client = client;
        this.store = store;
        this.options = options;
    }

    /** Connects: checks the API versions, picks or obtains a token, and asks whose it is. */
    public synchronized void open() throws IOException, InterruptedException {
        List<String> versions = client.versions();
        if (versions.stream().noneMatch(version -> version.startsWith("v1."))) {
            log.warn("The homeserver {} announces no v1.x client-server API version ({}); Tresse needs v1.1 or later",
                    options.homeserver(), versions);
        }
        if (options.accessToken() != null) {
            use(options.accessToken());
            userId = checkedUser(true);
        } else {
            Optional<String> stored = store.session(options.userId()).map(MatrixStore.StoredSession::accessToken);
            if (stored.isPresent()) {
                use(stored.get());
                try {
                    userId = checkedUser(false);
                } catch (MatrixException refused) {
                    if (!refused.isBadToken()) {
                        throw refused;
                    }
                    log.info("The stored Matrix access token was refused ({}); logging in again", refused.errcode());
                    login();
                    userId = checkedUser(false);
                }
            } else {
                login();
                userId = checkedUser(false);
            }
        }
        log.info("Matrix connected to {} as {}", options.homeserver(), userId);
    }

    public boolean isOpen() {
        return userId != null;
    }

    /** The bot's own user id, as {@code whoami} gave it. */
    public String userId() {
        String current = userId;
        return current != null ? current : options.userId();
    }

    /** One call to the homeserver. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException, InterruptedException;
    }

    /** Runs {@code call}; if the homeserver forgot the token, logs in again and runs it once more. */
    public <T> T authorized(Call<T> call) throws IOException, InterruptedException {
        long seen = generation;
        try {
            return call.run();
        } catch (MatrixException refused) {
            if (refused.isBadToken() && renew(seen, refused)) {
                return call.run();
            }
            throw refused;
        }
    }

    /** Counts token changes, so that two threads refused at once log in again only once. */
    public long generation() {
        return generation;
    }

    /**
     * After the homeserver refused the token in use at {@code seenGeneration}: logs in again with
     * the password. False when it cannot (the token came from the configuration): a person must
     * give a new one.
     */
    public synchronized boolean renew(long seenGeneration, MatrixException refusal) throws IOException, InterruptedException {
        if (options.password() == null) {
            log.error(configuredTokenRefused(refusal));
            return false;
        }
        if (generation != seenGeneration) {
            return true;
        }
        log.warn("The homeserver refused the Matrix access token ({}); logging in again", refusal.errcode());
        store.forgetToken(options.userId());
        login();
        return true;
    }

    private void login() throws IOException, InterruptedException {
        if (options.password() == null) {
            throw new MatrixException(401, MatrixException.UNKNOWN_TOKEN, configuredTokenRefused(null), null);
        }
        String deviceId = store.session(options.userId()).map(MatrixStore.StoredSession::deviceId).orElse(null);
        MatrixClient.Login login;
        try {
            login = client.login(options.userId(), options.password(), deviceId);
        } catch (MatrixException refused) {
            if (refused.status() == 403 || refused.status() == 401) {
                throw new MatrixException(refused.status(), refused.errcode(),
                        MatrixTexts.both("connexion.mot.de.passe", " / ", options.homeserver(), options.userId(), refused.errcode()), null);
            }
            throw refused;
        }
        store.saveSession(options.userId(), login.deviceId(), login.accessToken());
        use(login.accessToken());
        log.info("Logged in to Matrix as {} (device {})", login.userId(), login.deviceId());
    }

    private void use(String accessToken) {
        client.useAccessToken(accessToken);
        generation++;
    }

    private String checkedUser(boolean fromConfiguration) throws IOException, InterruptedException {
        String whoami;
        try {
            whoami = client.whoami();
        } catch (MatrixException refused) {
            if (refused.isBadToken() && fromConfiguration) {
                throw new MatrixException(refused.status(), refused.errcode(), configuredTokenRefused(refused), null);
            }
            throw refused;
        }
        if (!whoami.equals(options.userId())) {
            log.warn("The Matrix access token belongs to {}, not to the configured user {}; acting as {}",
                    whoami, options.userId(), whoami);
        }
        return whoami;
    }

    private String configuredTokenRefused(MatrixException refusal) {
        String code = refusal == null || refusal.errcode().isEmpty() ? MatrixException.UNKNOWN_TOKEN : refusal.errcode();
        return MatrixTexts.both("connexion.jeton", " / ", options.homeserver(), options.userId(), code);
    }
}
