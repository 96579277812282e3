package org.tresse.connector.matrix.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.channel.Failures;
import org.tresse.core.message.Inbound;

/**
 * Reads one {@code /sync} answer: learns room facts (members, {@code m.direct}, encryption),
 * joins the configured rooms it is invited to, fetches the gaps of limited timelines, and
 * returns the events for Tresse in order. The first sync of a new installation only learns:
 * its timelines are history, not commands to run.
 */
public final class SyncProcessor {
    private static final Logger log = LoggerFactory.getLogger(SyncProcessor.class);

    private final MatrixClient client;
    private final Session session;
    private final RoomDirectory rooms;
    private final EventReader reader;
    private final GapFiller gaps;
    private final Notices notices;
    private final Set<String> configuredAliases;
    private final Set<String> joinsToRetry = ConcurrentHashMap.newKeySet();

    public SyncProcessor(MatrixClient client, Session session, RoomDirectory rooms, EventReader reader, GapFiller gaps,
            Notices notices, Set<String> configuredAliases) {
        this.client = client;
        this.session = session;
        this.rooms = rooms;
        this.reader = reader;
        this.gaps = gaps;
        this.notices = notices;
        this.configuredAliases = Set.copyOf(configuredAliases);
    }

    /** Processes a sync answer obtained with {@code since} (null for a first sync). */
    public List<Inbound> process(JsonNode sync, String since) throws InterruptedException {
        boolean first = since == null;
        retryJoins();
        for (JsonNode event : Json.object(sync, "account_data").flatMap(data -> Json.array(data, "events")).map(Json::objects).orElse(List.of())) {
            if ("m.direct".equals(Json.text(event, "type").orElse(""))) {
                rooms.applyDirectAccountData(event.get("content"));
            }
        }
        JsonNode roomsNode = Json.object(sync, "rooms").orElse(null);
        forEachRoom(roomsNode, "invite", this::invited);
        List<Inbound> inbounds = new ArrayList<>();
        Map<String, JsonNode> joined = rooms(roomsNode, "join");
        for (Map.Entry<String, JsonNode> room : joined.entrySet()) {
            inbounds.addAll(joinedRoom(room.getKey(), room.getValue(), since, first));
        }
        return inbounds;
    }

    private List<Inbound> joinedRoom(String roomId, JsonNode room, String since, boolean first) throws InterruptedException {
        Json.object(room, "summary").ifPresent(summary -> rooms.applySummary(roomId, summary));
        if (first) {
            rooms.startMembership(roomId);
        }
        for (JsonNode event : events(room, "state")) {
            watch(roomId, event);
        }
        JsonNode timeline = Json.object(room, "timeline").orElse(null);
        List<JsonNode> events = new ArrayList<>(events(room, "timeline"));
        if (first) {
            events.forEach(event -> watch(roomId, event));
            if (!events.isEmpty()) {
                log.info("First Matrix sync: {} earlier events of room {} are history, not run", events.size(), roomId);
            }
            return List.of();
        }
        Optional<String> prevBatch = Json.text(timeline, "prev_batch");
        boolean joinedNow = events.stream().anyMatch(this::isOwnJoin);
        if (timeline != null && timeline.path("limited").asBoolean(false) && prevBatch.isPresent() && !joinedNow) {
            log.info("The sync of Matrix room {} is limited: fetching the gap", roomId);
            GapFiller.Gap gap = gaps.fill(roomId, prevBatch.get(), since);
            events.addAll(0, gap.events());
            if (!gap.complete()) {
                log.warn("Messages of Matrix room {} between two syncs could not all be fetched; telling the room", roomId);
                notices.gap(roomId, prevBatch.get());
            }
        }
        int firstNew = firstAfterOwnJoin(events);
        if (firstNew > 0) {
            log.info("Joined Matrix room {}: {} earlier events are history, not run", roomId, firstNew);
        }
        List<Inbound> inbounds = new ArrayList<>();
        for (int index = 0; index < events.size(); index++) {
            JsonNode event = events.get(index);
            watch(roomId, event);
            if (index < firstNew) {
                continue;
            }
            try {
                reader.read(roomId, event).ifPresent(inbounds::add);
            } catch (RuntimeException | Error e) {
                log.warn("Skipping an event of Matrix room {} that could not be read: {}", roomId, Failures.summary(e),
                        Failures.traceOf(e));
            }
        }
        return inbounds;
    }

    /**
     * The index after the bot's own (last) arrival in the room: what a room said before the bot
     * joined is history, like the timelines of a first sync. 0 when it was there all along.
     */
    private int firstAfterOwnJoin(List<JsonNode> events) {
        for (int index = events.size() - 1; index >= 0; index--) {
            if (isOwnJoin(events.get(index))) {
                return index + 1;
            }
        }
        return 0;
    }

    /** The bot's own arrival: its membership becomes "join" (a profile change is not an arrival). */
    private boolean isOwnJoin(JsonNode event) {
        if (!"m.room.member".equals(Json.text(event, "type").orElse(""))
                || !session.userId().equals(Json.text(event, "state_key").orElse(""))) {
            return false;
        }
        String membership = Json.object(event, "content").flatMap(content -> Json.text(content, "membership")).orElse("");
        String before = Json.object(event, "unsigned").flatMap(unsigned -> Json.object(unsigned, "prev_content"))
                .flatMap(previous -> Json.text(previous, "membership")).orElse("");
        return "join".equals(membership) && !"join".equals(before);
    }

    /** Learns from state-like events wherever they appear; one that can't be read teaches nothing. */
    private void watch(String roomId, JsonNode event) {
        try {
            learn(roomId, event);
        } catch (RuntimeException | Error e) {
            log.warn("Skipping a state event of Matrix room {} that could not be read: {}", roomId, Failures.summary(e),
                    Failures.traceOf(e));
        }
    }

    private void learn(String roomId, JsonNode event) {
        String type = Json.text(event, "type").orElse("");
        if ("m.room.member".equals(type)) {
            rooms.applyMember(roomId, event);
        } else if ("m.room.encryption".equals(type) || "m.room.encrypted".equals(type)) {
            if (rooms.markEncrypted(roomId)) {
                notices.encryptedRoom(roomId);
            }
        }
    }

    private void invited(String roomId, JsonNode invite) {
        List<JsonNode> state = Json.object(invite, "invite_state").flatMap(data -> Json.array(data, "events"))
                .map(Json::objects).orElse(List.of());
        String inviter = state.stream()
                .filter(event -> "m.room.member".equals(Json.text(event, "type").orElse(""))
                        && session.userId().equals(Json.text(event, "state_key").orElse("")))
                .map(event -> Json.text(event, "sender").orElse("?")).findFirst().orElse("?");
        boolean aliased = state.stream()
                .filter(event -> "m.room.canonical_alias".equals(Json.text(event, "type").orElse("")))
                .map(event -> Json.text(event.path("content"), "alias").orElse(""))
                .anyMatch(configuredAliases::contains);
        if (!rooms.isConfigured(roomId) && !aliased) {
            log.info("Ignoring the invitation of {} to Matrix room {}: the room is not in the configuration", inviter, roomId);
            return;
        }
        rooms.addConfigured(roomId);
        join(roomId, inviter);
    }

    private void join(String roomId, String inviter) {
        try {
            session.authorized(() -> client.join(roomId));
            joinsToRetry.remove(roomId);
            log.info("Joined Matrix room {} (invited by {})", roomId, inviter);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            joinsToRetry.add(roomId);
            log.warn("Could not join Matrix room {}; will try again: {}", roomId, e.getMessage());
        }
    }

    private void retryJoins() {
        for (Iterator<String> pending = joinsToRetry.iterator(); pending.hasNext(); ) {
            join(pending.next(), "earlier invitation");
        }
    }

    private static List<JsonNode> events(JsonNode room, String section) {
        return Json.object(room, section).flatMap(data -> Json.array(data, "events")).map(Json::objects).orElse(List.of());
    }

    private static Map<String, JsonNode> rooms(JsonNode roomsNode, String membership) {
        Map<String, JsonNode> result = new java.util.LinkedHashMap<>();
        Json.object(roomsNode, membership).ifPresent(section -> section.fields().forEachRemaining(entry -> {
            if (entry.getValue().isObject()) {
                result.put(entry.getKey(), entry.getValue());
            }
        }));
        return result;
    }

    private interface RoomAction {
        void apply(String roomId, JsonNode room);
    }

    private static void forEachRoom(JsonNode roomsNode, String membership, RoomAction action) {
        rooms(roomsNode, membership).forEach(action::apply);
    }
}
