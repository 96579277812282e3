package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.regex.Pattern;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * Where Telegram sends updates in webhook mode.
 *
 * @param url         the public https address Telegram calls
 * @param secretToken optional; Telegram sends it back in a header; never shown by {@link #toString()}
 * @param port        obsolete: the webhook is served by the web front door, on {@code web.listen};
 *                    0 when not set (as it should be), otherwise {@link #warnings()} says so
 */
public record WebhookSettings(String url, String secretToken, int port) {
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public WebhookSettings {
        url = Checks.httpUrl(url, "url", "https://bot.example.org/telegram");
        if (!url.startsWith("https://")) {
            throw new InvalidField("url", said("config.webhook.telegram.appelle.adresses"));
        }
        secretToken = secretToken == null || secretToken.isEmpty() ? null : secretToken;
        if (secretToken != null && !SECRET.matcher(secretToken).matches()) {
            throw new InvalidField("secret-token", said("config.webhook.jeton.secret.peut"));
        }
        port = Checks.port(port, "port");
    }

    /** The local path Telegram's posts arrive at, behind the https proxy: the path of {@link #url}, "/" if none. */
    public String path() {
        String path = java.net.URI.create(url).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** A port still set from before the webhook moved onto the web server: said, never silently ignored. */
    List<ConfigWarning> warnings(WebSettings web) {
        if (port == 0) {
            return List.of();
        }
        String listen = web.host() + ":" + web.port();
        return List.of(new ConfigWarning("channels.telegram.webhook.port", said("config.webhook.plus.utilise.tresse", listen, path(), port)));
    }

    /** How the YAML file builds it: {@code port} left out is 0, as it should be now. */
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
