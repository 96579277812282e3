package org.tresse.core.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tresse.core.store.Handle;

/** What the outbox's rows add up to, for reports and the coordinators' delivery counts. */
final class OutboxFigures {
    private OutboxFigures() {
    }

    /** Per channel: sent, pending, failed, and the failure reasons, for a correlation. */
    static List<DeliveryCounts> counts(Handle handle, String correlation) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        handle.list("select channel, status, count(*) from outbox where correlation = ? group by channel, status order by channel",
                row -> {
                    long[] counts = totals.computeIfAbsent(row.getString(1), any -> new long[3]);
                    counts[OutboxStatus.valueOf(row.getString(2)).ordinal()] = row.getLong(3);
                    return null;
                }, correlation);
        handle.list("select distinct channel, last_error from outbox where correlation = ? and status = 'FAILED' "
                + "and last_error is not null order by channel, last_error", row -> reasons.computeIfAbsent(row.getString(1), any -> new ArrayList<>())
                .add(row.getString(2)), correlation);
        List<DeliveryCounts> result = new ArrayList<>();
        totals.forEach((channel, counts) -> result.add(new DeliveryCounts(channel, counts[OutboxStatus.SENT.ordinal()],
                counts[OutboxStatus.PENDING.ordinal()], counts[OutboxStatus.FAILED.ordinal()],
                List.copyOf(reasons.getOrDefault(channel, List.of())))));
        return result;
    }

    /**
     * What went out on each channel in [since, until): messages sent then, messages written then that
     * failed for good, the persons' addresses written to in private, and the group rooms reached.
     */
    static List<ChannelTraffic> trafficBetween(Handle handle, Instant since, Instant until) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Set<String>> recipients = new LinkedHashMap<>();
        Map<String, Set<String>> rooms = new LinkedHashMap<>();
        handle.list("select channel, room, room_kind, recipient from outbox where status = 'SENT' and sent_at >= ? and sent_at < ?", row -> {
            String channel = row.getString(1);
            counts.computeIfAbsent(channel, any -> new long[2])[0]++;
            if (row.getString(4) != null || "PRIVATE".equals(row.getString(3))) {
                recipients.computeIfAbsent(channel, any -> new HashSet<>())
                        .add(row.getString(4) != null ? row.getString(4) : row.getString(2));
            } else {
                rooms.computeIfAbsent(channel, any -> new HashSet<>()).add(row.getString(2));
            }
            return null;
        }, since, until);
        handle.list("select channel, count(*) from outbox where status = 'FAILED' and created_at >= ? and created_at < ? "
                + "and (last_error is null or last_error <> 'cancelled') group by channel",
                row -> counts.computeIfAbsent(row.getString(1), any -> new long[2])[1] = row.getLong(2), since, until);
        List<ChannelTraffic> traffic = new ArrayList<>();
        counts.forEach((channel, sentFailed) -> traffic.add(new ChannelTraffic(channel, sentFailed[0], sentFailed[1],
                recipients.getOrDefault(channel, Set.of()), rooms.getOrDefault(channel, Set.of()))));
        return traffic;
    }
}
