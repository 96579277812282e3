package org.tresse.core.outbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.lease.Lease;
import org.tresse.core.lease.Leases;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.outbox.OutboxRow;
import org.tresse.core.store.Database;

/**
 * Whether this instance sends on a channel now, and which rows. One instance at a time holds
 * {@code delivery:CHANNEL}, so the channel's limits and each conversation's order are kept by one
 * pacer; on a shared database it also claims the rows it sends ({@code skip locked}, until a claim
 * time), so a holder that lost the lease while sending and its successor never send one row twice,
 * and the successor resends a row whose sender died mid-send only once its claim expired.
 */
public final class SendingTurn {
    private static final Logger log = LoggerFactory.getLogger(SendingTurn.class);

    /**
     * How this instance shares the channel with others on the database.
     *
     * @param lease  {@code delivery:CHANNEL}
     * @param claims whether rows are claimed before they are sent (a shared database)
     * @param time   how long a claim lasts; sending stops a third of it before it ends
     */
    public record Sharing(Lease lease, boolean claims, String instance, Duration time) {
        public static Sharing of(Leases leases, String channel) {
            return new Sharing(leases.lease("delivery:" + channel), leases.shared(), leases.instance(), leases.time());
        }
    }

    private final Sharing sharing;
    private final Pacer pacer;
    private final String channel;
    private long term;
    private Instant stopAt = Instant.MAX;

    SendingTurn(Sharing sharing, Pacer pacer, String channel) {
        this.sharing = sharing;
        this.pacer = pacer;
        this.channel = channel;
    }

    /**
     * Whether this instance sends now. Taking the channel over from another instance, it first
     * waits the longest interval of the limits, so that the two together never exceed one.
     */
    boolean begin(Instant now) {
        OptionalLong held;
        try {
            held = sharing.lease().await(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (held.isEmpty()) {
            return false;
        }
        if (held.getAsLong() != term) {
            if (held.getAsLong() > 1 && sharing.claims()) {
                pacer.holdEverything(now);
                log.info("Instance {} sends on {} now (term {})", sharing.instance(), channel, held.getAsLong());
            }
            term = held.getAsLong();
        }
        return true;
    }

    /** The due rows this instance may send (claimed on a shared database); null (all) alone. */
    Set<Long> claim(Database database, Outbox outbox, List<OutboxRow> rows, Instant now) {
        if (!sharing.claims()) {
            return null;
        }
        stopAt = now.plus(sharing.time().minus(sharing.time().dividedBy(3)));
        List<Long> due = rows.stream().filter(row -> !row.notBefore().isAfter(now)).map(row -> row.outbound().id()).toList();
        return database.inTransaction(handle -> outbox.claim(handle, due, sharing.instance(), now, now.plus(sharing.time())));
    }

    /** Whether this instance may still send what it claimed: it holds the lease and the claims have time left. */
    boolean stillMine(Instant now) {
        return !sharing.claims() || (sharing.lease().holds(term) && now.isBefore(stopAt));
    }
}
