package org.tresse.web.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tresse.core.store.Database;
import org.tresse.web.channel.WebConnector;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sante}: for monitoring, in JSON. The database (up or down) and each channel from its
 * outbox: {@code up}, {@code lagging} (a message due for more than {@link #LAG}), {@code failing}
 * (failures in the last hour and nothing sent). Counts only: no person, no address, no text.
 *
 * <p>The web channel writes only to a page that waits, or by email to an address a visitor left:
 * an answer nobody waits for and nobody can be mailed is not delivered, and says nothing of the
 * channel's health (the server answers this very request). It is counted apart, as
 * {@code unreachedLastHour}, never as a failure. A cancelled row (an announcement withdrawn) is no
 * failure either.
 */
public final class HealthPage {
    static final Duration LAG = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(HealthPage.class);

    private final Database database;
    private final Supplier<List<String>> channels;
    private final Clock clock;

    public HealthPage(Database database, Supplier<List<String>> channels, Clock clock) {
        this.database = database;
        this.channels = channels;
        this.clock = clock;
    }

    public Reply show(WebRequest request) {
        Instant now = clock.instant();
        Map<String, long[]> figures = new HashMap<>();
        boolean up;
        try {
            database.useTransaction(handle -> {
                handle.list("select channel, count(*), min(not_before) from outbox where status = 'PENDING' and not_before <= ? "
                        + "group by channel", row -> {
                            java.time.OffsetDateTime first = row.getObject(3, java.time.OffsetDateTime.class);
                            Instant oldest = first == null ? null : first.toInstant();
                            long[] values = figures.computeIfAbsent(row.getString(1), any -> new long[4]);
                            values[0] = row.getLong(2);
                            values[1] = oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
                            return null;
                        }, now);
                handle.list("select channel, status, count(*) from outbox where (status = 'SENT' and sent_at >= ?) "
                        + "or (status = 'FAILED' and created_at >= ? and (last_error is null or last_error <> 'cancelled')) "
                        + "group by channel, status", row -> {
                            long[] values = figures.computeIfAbsent(row.getString(1), any -> new long[4]);
                            values["FAILED".equals(row.getString(2)) ? 2 : 3] += row.getLong(3);
                            return null;
                        }, now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(1)));
            });
            up = true;
        } catch (RuntimeException e) {
            log.warn("Health check: the database does not answer", e);
            up = false;
        }
        StringBuilder json = new StringBuilder("{\"status\":\"");
        StringBuilder list = new StringBuilder();
        boolean degraded = !up;
        for (String channel : channels.get()) {
            long[] values = figures.getOrDefault(channel, new long[4]);
            long unreached = 0;
            if (channel.equals(WebConnector.CHANNEL)) {
                unreached = values[2];
                values = new long[] {values[0], values[1], 0, values[3]};
            }
            String state = !up ? "unknown" : values[2] > 0 && values[3] == 0 ? "failing" : values[1] > LAG.toSeconds() ? "lagging" : "up";
            degraded |= !"up".equals(state);
            if (list.length() > 0) {
                list.append(',');
            }
            list.append("{\"name\":\"").append(channel.replaceAll("[^a-z0-9-]", "")).append("\",\"state\":\"").append(state)
                    .append("\",\"pending\":").append(values[0]).append(",\"oldestPendingSeconds\":").append(values[1])
                    .append(",\"failedLastHour\":").append(values[2]).append(",\"sentLastHour\":").append(values[3]);
            if (channel.equals(WebConnector.CHANNEL)) {
                list.append(",\"unreachedLastHour\":").append(unreached);
            }
            list.append('}');
        }
        json.append(!up ? "failing" : degraded ? "degraded" : "ok").append("\",\"database\":\"").append(up ? "up" : "down")
                .append("\",\"channels\":[").append(list).append("]}");
        return Reply.of(up ? 200 : 503, "application/json", json.toString()).withHeader("Cache-Control", "no-store");
    }
}
