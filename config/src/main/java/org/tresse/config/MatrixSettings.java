package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.util.List;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * The Matrix account of the bot. Either a password or an access token is required (the token
 * wins when both are given). Neither is ever shown by {@link #toString()}.
 *
 * @param homeserver e.g. {@code https://matrix.example.org}
 * @param user       the bot's full user id, e.g. {@code @tresse:example.org}
 * @param rooms      the rooms attached to groups; never null
 * @param encryptionProxy true when {@code homeserver} is an encryption proxy (pantalaimon) that
 *                   decrypts encrypted rooms for the bot: it then doesn't warn those rooms
 */
public record MatrixSettings(
        String homeserver, String user, String password, String accessToken, List<MatrixRoom> rooms,
        Boolean encryptionProxy) {

    public MatrixSettings {
        homeserver = Checks.httpUrl(homeserver, "homeserver", "https://matrix.example.org");
        user = Checks.required(user, "user", "user: \"@tresse:example.org\"");
        if (!user.startsWith("@") || user.indexOf(':') < 2) {
            throw new InvalidField("user", said("config.matrix.compte.matrix.ecrivez", user));
        }
        password = password == null || password.isEmpty() ? null : password;
        accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken.trim();
        if (password == null && accessToken == null) {
            throw new InvalidField("", said("config.matrix.faut.mot.passe"));
        }
        rooms = Checks.list(rooms, "rooms");
        encryptionProxy = Boolean.TRUE.equals(encryptionProxy);
    }

    @Override
    public String toString() {
        return "MatrixSettings[homeserver=" + homeserver + ", user=" + user + ", password=" + Checks.mask(password)
                + ", accessToken=" + Checks.mask(accessToken) + ", rooms=" + rooms
                + ", encryptionProxy=" + encryptionProxy + "]";
    }
}
