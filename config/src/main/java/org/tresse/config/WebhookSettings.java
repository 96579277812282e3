package org.tresse.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * Where Telegram sends updates in webhook mode.
 *
 * @param url         the public https address Telegram calls
 * @param secretToken optional; Telegram sends it back in a header; never shown by {@link #toString()}
 * @param port        the local port to listen on; 0 means the default, 8443
 */
public record WebhookSettings(String url, String secretToken, int port) {
    public static final int DEFAULT_PORT = 8443;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public WebhookSettings {
        url = Checks.httpUrl(url, "url", "https://bot.example.org/telegram");
        if (!url.startsWith("https://")) {
            throw new InvalidField("url",
                    "Telegram n'appelle que des adresses https://, par exemple url: https://bot.example.org/telegram",
                    "Telegram only calls https:// addresses, for example url: https://bot.example.org/telegram");
        }
        secretToken = secretToken == null || secretToken.isEmpty() ? null : secretToken;
        if (secretToken != null && !SECRET.matcher(secretToken).matches()) {
            throw new InvalidField("secret-token",
                    "le jeton secret ne peut contenir que des lettres sans accent, des chiffres, « _ » et « - » "
                            + "(256 au plus).",
                    "the secret token may only contain letters, digits, \"_\" and \"-\" (at most 256).");
        }
        port = Checks.port(port, "port");
        port = port == 0 ? DEFAULT_PORT : port;
    }

    /** How the YAML file builds it: {@code port} left out means the default. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static WebhookSettings fromYaml(@JsonProperty("url") String url, @JsonProperty("secret-token") String secretToken,
            @JsonProperty("port") Integer port) {
        return new WebhookSettings(url, secretToken, port == null ? 0 : port);
    }

    @Override
    public String toString() {
        return "WebhookSettings[url=" + url + ", secretToken=" + Checks.mask(secretToken) + ", port=" + port + "]";
    }
}
