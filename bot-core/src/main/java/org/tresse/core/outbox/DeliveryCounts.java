package org.tresse.core.outbox;

import java.util.List;

/** How far the messages of one correlation (an announcement, a poll) went on one channel. */
public record DeliveryCounts(String channel, long sent, long pending, long failed, List<String> failureReasons) {}
