package org.tresse.connector.telegram.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the connector's bookkeeping rows older than the retention: the group messages a reply
 * could quote, and the parts of long messages already sent. Nobody replies to a month-old
 * message, and no delivery is retried that late. Run at start, then daily; a failure (database
 * down) is logged and the next run tries again.
 */
public final class BookkeepingPruner implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(BookkeepingPruner.class);

    private final MessageRefs messageRefs;
    private final SentParts sentParts;
    private final Clock clock;
    private final Duration retention;

    public BookkeepingPruner(MessageRefs messageRefs, SentParts sentParts, Clock clock, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive, got " + retention);
        }
        this.messageRefs = messageRefs;
        this.sentParts = sentParts;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public void run() {
        try {
            prune();
        } catch (RuntimeException e) {
            log.warn("Pruning the Telegram bookkeeping tables failed; next try in a day: {}", e.toString());
        }
    }

    /** Deletes the rows older than the retention; returns how many of each. */
    public Pruned prune() {
        Instant before = clock.instant().minus(retention);
        Pruned pruned = new Pruned(messageRefs.pruneBefore(before), sentParts.pruneBefore(before));
        if (pruned.total() > 0) {
            log.info("Telegram bookkeeping pruned: {} message references and {} sent parts older than {}",
                    pruned.messageRefs(), pruned.sentParts(), before);
        } else {
            log.debug("Telegram bookkeeping: nothing older than {} to prune", before);
        }
        return pruned;
    }

    /** How many rows one run deleted. */
    public record Pruned(int messageRefs, int sentParts) {
        public int total() {
            return messageRefs + sentParts;
        }
    }
}
