package org.tresse.commands.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.commands.assembly.Assembled;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.groups.Group;
import org.tresse.core.outbox.Backoff;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Announcements through the real delivery workers, on their own thread, against a channel with
 * rate limits: every message once, and no two messages to one conversation closer than its
 * limit allows. (Throughput is measured by {@code DeliveryRateLoadDriver} in bench/, not here.)
 */
@StoreTest
class AnnouncementDeliveryTest {
    private static final Duration PER_CHAT = Duration.ofMillis(300);
    private static final Duration PER_GROUP = Duration.ofMillis(600);
    /** Scheduling noise between the pacer's decision and the recorded send; the limits are far larger. */
    private static final Duration SLACK = Duration.ofMillis(150);

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private CoreServices core;

    @AfterEach
    void stop() {
        if (core != null) {
            core.delivery().stop();
        }
    }

    private record Send(long nanos, long outboxId, String conversation) {}

    @Test
    void every_message_goes_once_and_no_conversation_gets_two_closer_than_its_limit() {
        RateLimits limits = new RateLimits(RateLimit.perSecond(200), new RateLimit(1, PER_CHAT), new RateLimit(1, PER_GROUP));
        MemoryChannel telegram = new MemoryChannel("telegram", ChannelCapabilities.plainText().withRateLimits(limits));
        Assembled wired = WithCommands.wired(db.database(), Clock.systemUTC(), "telegram",
                new Backoff(Duration.ofMillis(200), Duration.ofSeconds(2), 5), List.of(telegram));
        core = wired.core();
        List<Send> sends = new CopyOnWriteArrayList<>();
        telegram.behave(outbound -> {
            sends.add(new Send(System.nanoTime(), outbound.id(), outbound.destination().conversationKey()));
            return new DeliveryResult.Sent("m" + outbound.id());
        });
        core.database().useTransaction(handle -> {
            core.groups().define(handle, new Group("cafe", "Café", true));
            for (int room = 1; room <= 3; room++) {
                core.groups().attachRoom(handle, "telegram", "-100room" + room, "cafe");
            }
            long base = handle.count("select coalesce(max(id), 0) from person");
            handle.batch("insert into person (id, display_name, created_at) values (?, ?, current_timestamp)",
                    java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(x -> new Object[] {base + x, "p" + x}).toList());
            handle.update("insert into subscription (person_id, channel, address, notifications, digest, status, created_at, "
                    + "digest_since) select id, 'telegram', display_name, true, false, 'ACTIVE', current_timestamp, "
                    + "current_timestamp from person");
        });
        telegram.start(wired.engine());
        core.delivery().start();

        telegram.say("ana", "/moi");
        for (int announcement = 1; announcement <= 3; announcement++) {
            telegram.say("ana", "/annonce \"Nouvelle n°" + announcement + "\" --tous");
            telegram.say("ana", "/confirmer " + announcement);
        }
        long rows = count("select count(*) from outbox");
        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from outbox where status <> 'SENT'") == 0);

        assertThat(sends).hasSize((int) rows);
        assertThat(sends.stream().map(Send::outboxId).distinct().count()).isEqualTo(rows);
        assertThat(count("select count(*) from outbox where correlation like 'announcement:%'")).isEqualTo(3 * 43);
        Map<String, List<Long>> byConversation = new HashMap<>();
        sends.forEach(send -> byConversation.computeIfAbsent(send.conversation(), any -> new ArrayList<>()).add(send.nanos()));
        assertThat(byConversation.get("room:-100room1")).hasSize(3);
        assertThat(byConversation.get("direct:p7")).hasSize(3);
        byConversation.forEach((conversation, times) -> {
            Duration limit = conversation.startsWith("room:-100") ? PER_GROUP : PER_CHAT;
            for (int index = 1; index < times.size(); index++) {
                assertThat(Duration.ofNanos(times.get(index) - times.get(index - 1)))
                        .as("gap between two messages to %s", conversation)
                        .isGreaterThanOrEqualTo(limit.minus(SLACK));
            }
        });
    }

    private long count(String sql) {
        return db.database().inTransaction(handle -> handle.count(sql));
    }
}
