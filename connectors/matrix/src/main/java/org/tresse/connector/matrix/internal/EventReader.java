package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.core.message.RoomKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one timeline event into an {@link Inbound}: a text message ({@code m.text} or
 * {@code m.notice}) or a poll response. Everything else — the bot's own events, edits,
 * unknown types, malformed events — is nothing for Tresse, logged and skipped.
 */
public final class EventReader {
    private static final Logger log = LoggerFactory.getLogger(EventReader.class);

    private final String channel;
    private final Supplier<String> selfUserId;
    private final RoomDirectory rooms;
    private final MatrixStore store;

    public EventReader(String channel, Supplier<String> selfUserId, RoomDirectory rooms, MatrixStore store) {
        this.channel = channel;
        this.selfUserId = selfUserId;
        this.rooms = rooms;
        this.store = store;
    }

    public Optional<Inbound> read(String roomId, JsonNode event) {
        Optional<String> eventId = Json.text(event, "event_id");
        Optional<String> type = Json.text(event, "type");
        Optional<String> sender = Json.text(event, "sender");
        Optional<JsonNode> content = Json.object(event, "content");
        if (eventId.isEmpty() || type.isEmpty() || sender.isEmpty() || content.isEmpty()) {
            log.warn("Ignoring malformed event {} in Matrix room {}: event_id, type, sender or content missing or of the wrong type",
                    eventId.orElse("(without event_id)"), roomId);
            return Optional.empty();
        }
        if (sender.get().equals(selfUserId.get())) {
            return Optional.empty();
        }
        if (!sender.get().startsWith("@") || sender.get().indexOf(':') < 2) {
            log.warn("Ignoring event {} in Matrix room {}: the sender is not a user id", eventId.get(), roomId);
            return Optional.empty();
        }
        Optional<Payload> payload;
        if ("m.room.message".equals(type.get())) {
            payload = text(roomId, eventId.get(), content.get());
        } else if (PollEvents.isResponse(type.get())) {
            payload = pollAnswer(roomId, eventId.get(), sender.get(), content.get());
        } else {
            log.debug("Skipping event {} of type {} in Matrix room {}", eventId.get(), type.get(), roomId);
            payload = Optional.empty();
        }
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        RoomKind kind = rooms.kindOf(roomId);
        return Optional.of(new Inbound(channel, eventId.get(), roomId, kind, new Identity(channel, sender.get()),
                rooms.displayName(sender.get()), payload.get(), Optional.empty(), true));
    }

    private Optional<Payload> text(String roomId, String eventId, JsonNode content) {
        String msgtype = Json.text(content, "msgtype").orElse("");
        if (!"m.text".equals(msgtype) && !"m.notice".equals(msgtype)) {
            log.debug("Skipping message {} of msgtype '{}' in Matrix room {}", eventId, msgtype, roomId);
            return Optional.empty();
        }
        Optional<String> relation = Json.object(content, "m.relates_to").flatMap(relates -> Json.text(relates, "rel_type"));
        if (relation.isPresent() && "m.replace".equals(relation.get())) {
            log.debug("Skipping edit {} in Matrix room {}: an edited command is not run again", eventId, roomId);
            return Optional.empty();
        }
        Optional<String> body = Json.text(content, "body");
        if (body.isEmpty()) {
            log.warn("Ignoring message {} in Matrix room {}: its body is missing or not a string", eventId, roomId);
            return Optional.empty();
        }
        String text = ReplyFallback.strip(body.get()).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(new Payload.Text(text));
    }

    private Optional<Payload> pollAnswer(String roomId, String eventId, String sender, JsonNode content) {
        Optional<PollEvents.Response> response = PollEvents.response(content);
        if (response.isEmpty()) {
            log.warn("Ignoring poll response {} in Matrix room {}: malformed (no m.reference relation or no answers list)", eventId, roomId);
            return Optional.empty();
        }
        Optional<MatrixStore.PollRef> poll = store.pollByStart(response.get().startEventId());
        if (poll.isEmpty() || !poll.get().roomId().equals(roomId)) {
            log.info("Ignoring poll response {} in Matrix room {}: it answers no poll of Tresse", eventId, roomId);
            return Optional.empty();
        }
        Optional<List<Integer>> choices = PollEvents.choices(response.get().answers(),
                poll.get().answerCount(), poll.get().maxSelections());
        if (choices.isEmpty()) {
            log.info("Poll response {} of {} to poll {} names an unknown answer: a spoiled vote, counted as no choice",
                    eventId, sender, poll.get().pollKey());
            return Optional.of(new Payload.PollAnswer(poll.get().pollKey(), List.of()));
        }
        return Optional.of(new Payload.PollAnswer(poll.get().pollKey(), choices.get()));
    }
}
