package org.tresse.web;

import java.time.Duration;
import org.tresse.config.WebSettings;
import org.tresse.web.http.ServerOptions;

/**
 * How the front door runs: where it listens, how long a form waits for Tresse's answer, how
 * often one address may send forms and open links.
 *
 * @param formBurst  forms one address may send at once, then one more every {@code formRefill}
 * @param linkBurst  personal and unsubscribe links one address may open at once, then one every {@code linkRefill}
 */
public record WebOptions(ServerOptions server, Duration replyWait, int formBurst, Duration formRefill, int linkBurst,
        Duration linkRefill) {

    public static WebOptions from(WebSettings settings) {
        ServerOptions server = ServerOptions.defaults(settings.host(), settings.port(), settings.behindProxy());
        return new WebOptions(server, Duration.ofSeconds(5), 10, Duration.ofSeconds(20), 20, Duration.ofSeconds(6));
    }

    /** On loopback at {@code port} (0: any free one), with the default limits: for tests. */
    public static WebOptions loopback(int port) {
        return new WebOptions(ServerOptions.loopback(port), Duration.ofSeconds(5), 10, Duration.ofSeconds(20), 20,
                Duration.ofSeconds(6));
    }

    public WebOptions withFormLimit(int burst, Duration refill) {
        return new WebOptions(server, replyWait, burst, refill, linkBurst, linkRefill);
    }

    public WebOptions withLinkLimit(int burst, Duration refill) {
        return new WebOptions(server, replyWait, formBurst, formRefill, burst, refill);
    }

    public WebOptions withServer(ServerOptions changed) {
        return new WebOptions(changed, replyWait, formBurst, formRefill, linkBurst, linkRefill);
    }
}
