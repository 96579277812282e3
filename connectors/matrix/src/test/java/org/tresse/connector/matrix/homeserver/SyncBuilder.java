package org.tresse.connector.matrix.homeserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Builds a {@code /sync} answer from the room stream the way a homeserver does: joined rooms
 * with their new timeline events (the last {@code limit}, "limited" with a {@code prev_batch}
 * when there were more), full state on a first sync, pending invitations, {@code m.direct}.
 */
final class SyncBuilder {
    static final int DEFAULT_LIMIT = 10;

    /** The answer, and whether it carries injected bad events (then it can't match the schema). */
    record Result(ObjectNode body, boolean raw, int events) {}

    private final ObjectMapper json = new ObjectMapper();

    Result build(RoomStream stream, String bot, Long since, JsonNode filter) {
        JsonNode roomFilter = filter == null ? null : filter.path("room");
        RoomStream.TypeFilter timelineTypes = RoomStream.TypeFilter.of(roomFilter == null ? null : roomFilter.path("timeline"));
        RoomStream.TypeFilter stateTypes = RoomStream.TypeFilter.of(roomFilter == null ? null : roomFilter.path("state"));
        int limit = roomFilter == null ? DEFAULT_LIMIT : roomFilter.path("timeline").path("limit").asInt(DEFAULT_LIMIT);
        ObjectNode body = json.createObjectNode();
        body.put("next_batch", "s" + stream.position());
        ObjectNode rooms = body.putObject("rooms");
        ObjectNode join = rooms.putObject("join");
        ObjectNode invite = rooms.putObject("invite");
        boolean raw = false;
        int count = 0;
        for (RoomStream.Room room : stream.rooms().values()) {
            String membership = room.membership.get(bot);
            if ("invite".equals(membership) && (since == null || room.botInvitedAt > since)) {
                invite.putObject(room.id).putObject("invite_state").set("events", stream.inviteState(room, bot));
            }
            if (!"join".equals(membership)) {
                continue;
            }
            // a room joined since the last sync comes whole, like in a first sync: its latest events, earlier ones included
            Long from = since != null && room.botJoinedAt > since ? null : since;
            List<RoomStream.Entry> events = stream.eventsAfter(room.id, from, timelineTypes);
            if (from != null && events.isEmpty()) {
                continue;
            }
            ObjectNode joined = join.putObject(room.id);
            if (since == null || room.membershipChangedAt > since) {
                joined.putObject("summary").put("m.joined_member_count", room.joined().size())
                        .put("m.invited_member_count", (int) room.membership.values().stream().filter("invite"::equals).count());
            }
            ArrayNode state = joined.putObject("state").putArray("events");
            if (from == null) {
                room.memberEvents.values().stream().filter(event -> stateTypes.matches("m.room.member")).forEach(event -> state.add(event.deepCopy()));
                if (room.encryption != null && stateTypes.matches("m.room.encryption")) {
                    state.add(room.encryption.deepCopy());
                }
            }
            List<RoomStream.Entry> shown = events.size() > limit ? events.subList(events.size() - limit, events.size()) : events;
            ObjectNode timeline = joined.putObject("timeline");
            timeline.put("limited", events.size() > limit);
            if (!shown.isEmpty()) {
                timeline.put("prev_batch", "s" + (shown.get(0).position() - 1));
            }
            ArrayNode timelineEvents = timeline.putArray("events");
            for (RoomStream.Entry entry : shown) {
                timelineEvents.add(entry.event().deepCopy());
                raw |= entry.raw();
                count++;
            }
        }
        if (since == null || stream.directChangedAt() > since) {
            ObjectNode directEvent = body.putObject("account_data").putArray("events").addObject();
            directEvent.put("type", "m.direct");
            ObjectNode content = directEvent.putObject("content");
            stream.direct().forEach((user, roomIds) -> {
                ArrayNode list = content.putArray(user);
                roomIds.forEach(list::add);
            });
        }
        return new Result(body, raw, count);
    }
}
