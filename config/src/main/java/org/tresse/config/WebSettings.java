package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * The web front door: public pages, forms, personal ballots, one-click unsubscribe.
 *
 * @param enabled     on unless {@code enabled: false}; with no file at all it is on, on the default address
 * @param host        the address listened on; {@code 127.0.0.1} unless told (a reverse proxy in front)
 * @param port        the port listened on; 8080 unless told; 0 for any free one (tests, a second instance on one machine)
 * @param publicUrl   the address people reach the pages at (https behind a proxy), for the links Tresse
 *                    writes; null when not set (then links use the listening address)
 * @param behindProxy the proxy's {@code X-Forwarded-For} is trusted (per-address limits need it)
 * @param embedFrom   the sites allowed to show {@code /integrer} in a frame, e.g. {@code https://la-tresse.org}; any when null
 */
public record WebSettings(boolean enabled, String host, int port, String publicUrl, boolean behindProxy, String embedFrom) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public WebSettings {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        port = Checks.port(port, "listen");
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null
                : Checks.httpUrl(publicUrl, "public-url", "https://tresse.example.org");
        embedFrom = embedFrom == null || embedFrom.isBlank() ? null
                : Checks.httpUrl(embedFrom, "embed-from", "https://www.example.org");
    }

    public static WebSettings defaults() {
        return new WebSettings(true, null, DEFAULT_PORT, null, false, null);
    }

    /** The address links are written with: the public one, or the listening one. */
    public String baseUrl() {
        return publicUrl != null ? publicUrl : "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** One-click unsubscribe needs an address mail providers can reach: on when {@code public-url} is https. */
    public boolean oneClickUnsubscribe() {
        return publicUrl != null && publicUrl.startsWith("https://");
    }

    /** How the YAML file builds it: {@code listen: 127.0.0.1:8080} or {@code listen: 8080}. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static WebSettings fromYaml(@JsonProperty("enabled") Boolean enabled, @JsonProperty("listen") String listen,
            @JsonProperty("public-url") String publicUrl, @JsonProperty("behind-proxy") Boolean behindProxy,
            @JsonProperty("embed-from") String embedFrom) {
        String host = null;
        int port = DEFAULT_PORT;
        if (listen != null && !listen.isBlank()) {
            String text = listen.strip();
            int colon = text.lastIndexOf(':');
            String portText = colon < 0 ? text : text.substring(colon + 1);
            if (colon > 0) {
                host = text.substring(0, colon).replace("[", "").replace("]", "");
            }
            if (!portText.matches("\\d{1,5}") || (colon < 0 && text.contains("."))) {
                throw new InvalidField("listen", said("config.web.adresse.ecoute.ecrivez", text));
            }
            port = Integer.parseInt(portText);
        }
        return new WebSettings(enabled == null || enabled, host, port, publicUrl, behindProxy != null && behindProxy, embedFrom);
    }
}
