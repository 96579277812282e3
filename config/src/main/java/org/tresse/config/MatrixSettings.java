package org.tresse.config;

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
            throw new InvalidField("user",
                    "« " + user + " » n'est pas un compte Matrix : écrivez-le complet et entre guillemets, "
                            + "par exemple user: \"@tresse:example.org\"",
                    "\"" + user + "\" is not a Matrix user: write it in full and in quotes, "
                            + "for example user: \"@tresse:example.org\"");
        }
        password = password == null || password.isEmpty() ? null : password;
        accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken.trim();
        if (password == null && accessToken == null) {
            throw new InvalidField("",
                    "il faut un mot de passe ou un jeton d'accès : écrivez password: ${MATRIX_PASSWORD} "
                            + "ou access-token: ${MATRIX_TOKEN} et définissez la variable d'environnement.",
                    "a password or an access token is required: write password: ${MATRIX_PASSWORD} "
                            + "or access-token: ${MATRIX_TOKEN} and set the environment variable.");
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
