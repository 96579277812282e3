package org.tresse.core.outbox;

import java.util.Set;

/**
 * What went out on one channel over a period.
 *
 * @param sent       messages delivered in the period
 * @param failed     messages written in the period that failed for good (cancelled ones aside)
 * @param recipients the addresses written to in private (the channel's ids of persons)
 * @param rooms      the group rooms written to
 */
public record ChannelTraffic(String channel, long sent, long failed, Set<String> recipients, Set<String> rooms) {
    public ChannelTraffic {
        recipients = Set.copyOf(recipients);
        rooms = Set.copyOf(rooms);
    }
}
