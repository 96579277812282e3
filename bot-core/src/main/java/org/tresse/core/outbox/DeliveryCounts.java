package org.tresse.core.outbox;

import java.util.List;

/**
 * How far the messages of one correlation (an announcement, a poll) went on one channel; the failure
 * reasons as stored (see {@link org.tresse.core.channel.DeliveryFailure#describeStored}).
 */
public record DeliveryCounts(String channel, long sent, long pending, long failed, List<String> failureReasons) {}
