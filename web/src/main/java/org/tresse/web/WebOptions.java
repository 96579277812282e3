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
 * @param proposalBurst event proposals the partners' form takes at once from all senders together (none is verified),
 *                      then one more every {@code proposalRefill}: however many addresses, a flood stays this small
 */
public record WebOptions(ServerOptions server, Duration replyWait, int formBurst, Duration formRefill, int linkBurst,
        Duration linkRefill, int proposalBurst, Duration proposalRefill) {
    private static final int PROPOSAL_BURST = 10;
    private static final Duration PROPOSAL_REFILL = Duration.ofMinutes(30);

    public static WebOptions from(WebSettings settings) {
        ServerOptions server = ServerOptions.defaults(settings.host(), settings.port(), settings.behindProxy());
        return new WebOptions(server, Duration.ofSeconds(5), 10, Duration.ofSeconds(20), 20, Duration.ofSeconds(6), PROPOSAL_BURST,
                PROPOSAL_REFILL);
    }

    /** On loopback at {@code port} (0: any free one), with the default limits: for tests. */
    public static WebOptions loopback(int port) {
        return new WebOptions(ServerOptions.loopback(port), Duration.ofSeconds(5), 10, Duration.ofSeconds(20), 20,
                Duration.ofSeconds(6), PROPOSAL_BURST, PROPOSAL_REFILL);
    }

    public WebOptions withFormLimit(int burst, Duration refill) {
        return new WebOptions(server, replyWait, burst, refill, linkBurst, linkRefill, proposalBurst, proposalRefill);
    }

    public WebOptions withLinkLimit(int burst, Duration refill) {
        return new WebOptions(server, replyWait, formBurst, formRefill, burst, refill, proposalBurst, proposalRefill);
    }

    public WebOptions withProposalLimit(int burst, Duration refill) {
        return new WebOptions(server, replyWait, formBurst, formRefill, linkBurst, linkRefill, burst, refill);
    }

    public WebOptions withServer(ServerOptions changed) {
        return new WebOptions(changed, replyWait, formBurst, formRefill, linkBurst, linkRefill, proposalBurst, proposalRefill);
    }
}
