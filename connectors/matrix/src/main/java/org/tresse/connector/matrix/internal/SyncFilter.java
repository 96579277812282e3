package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The {@code /sync} filter: only the event types Tresse reads, no presence, no typing, no
 * receipts. Sent inline with each request (the homeserver reads JSON when it starts with "{").
 */
public final class SyncFilter {
    /** The room events Tresse reads or watches. */
    public static final List<String> TIMELINE_TYPES = List.of(
            "m.room.message", "m.room.member", "m.room.encryption", "m.room.encrypted",
            PollEvents.RESPONSE, PollEvents.STABLE_RESPONSE);
    public static final List<String> STATE_TYPES = List.of("m.room.member", "m.room.encryption");
    /** Timeline events per room and sync; more make the timeline "limited", and the gap is fetched. */
    public static final int TIMELINE_LIMIT = 100;

    private SyncFilter() {}

    /** The filter for {@code /sync}. */
    public static String sync(ObjectMapper json) {
        ObjectNode filter = json.createObjectNode();
        filter.putObject("presence").putArray("not_types").add("*");
        filter.putObject("account_data").putArray("types").add("m.direct");
        ObjectNode room = filter.putObject("room");
        ObjectNode state = room.putObject("state");
        STATE_TYPES.forEach(state.putArray("types")::add);
        state.put("lazy_load_members", false);
        ObjectNode timeline = room.putObject("timeline");
        TIMELINE_TYPES.forEach(timeline.putArray("types")::add);
        timeline.put("limit", TIMELINE_LIMIT);
        room.putObject("ephemeral").putArray("not_types").add("*");
        room.putObject("account_data").putArray("not_types").add("*");
        return write(json, filter);
    }

    /** The room event filter for {@code /rooms/{roomId}/messages} when a gap is fetched. */
    public static String messages(ObjectMapper json) {
        ObjectNode filter = json.createObjectNode();
        TIMELINE_TYPES.forEach(filter.putArray("types")::add);
        return write(json, filter);
    }

    private static String write(ObjectMapper json, ObjectNode filter) {
        try {
            return json.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a sync filter", e);
        }
    }
}
