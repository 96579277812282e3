package org.tresse.connector.matrix.homeserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test homeserver's rooms and their events in one ordered stream: position {@code n} is the
 * sync token {@code s<n>}, so {@code /sync?since=s<n>} returns the events after it and
 * {@code /messages} pages backwards between two tokens. Guarded by the caller's lock.
 */
final class RoomStream {
    /** One event of the stream; {@code raw} events are bad input the tests inject on purpose. */
    record Entry(long position, String roomId, ObjectNode event, boolean raw) {}

    /** A room: each user's membership and the event that set it. */
    static final class Room {
        final String id;
        final Map<String, String> membership = new LinkedHashMap<>();
        final Map<String, ObjectNode> memberEvents = new LinkedHashMap<>();
        ObjectNode encryption;
        String alias;
        String name;
        long membershipChangedAt;
        long botInvitedAt;
        long botJoinedAt;

        Room(String id) {
            this.id = id;
        }

        List<String> joined() {
            return membership.entrySet().stream().filter(entry -> "join".equals(entry.getValue())).map(Map.Entry::getKey).toList();
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Room> rooms = new LinkedHashMap<>();
    private final Map<String, List<String>> direct = new LinkedHashMap<>();
    private long directChangedAt;
    private long position;
    private long eventNumber;
    private long clock = 1_700_000_000_000L;

    long position() {
        return position;
    }

    Room room(String roomId) {
        return rooms.computeIfAbsent(roomId, Room::new);
    }

    boolean hasRoom(String roomId) {
        return rooms.containsKey(roomId);
    }

    Map<String, Room> rooms() {
        return rooms;
    }

    /** A private room the bot opens ({@code createRoom} with {@code is_direct}), listed in its {@code m.direct}. */
    String createDirect(String bot, List<String> invited) {
        String roomId = "!dm" + (rooms.size() + 1) + "tresse:example.org";
        append(roomId, memberEvent(bot, bot, "join"), false);
        for (String user : invited) {
            append(roomId, memberEvent(bot, user, "invite"), false);
            direct.computeIfAbsent(user, key -> new ArrayList<>()).add(roomId);
        }
        directChangedAt = position;
        return roomId;
    }

    /** The bot's {@code m.direct} account data: user to rooms. */
    Map<String, List<String>> direct() {
        return direct;
    }

    long directChangedAt() {
        return directChangedAt;
    }

    String newEventId() {
        eventNumber++;
        return "$" + Long.toString(eventNumber, 36) + "tr3ss3_ev-" + eventNumber + ":example.org";
    }

    /** Appends an event, fills in what a homeserver adds (id, timestamp), applies state. */
    Entry append(String roomId, ObjectNode event, boolean raw) {
        position++;
        if (!raw) {
            if (!event.has("event_id")) {
                event.put("event_id", newEventId());
            }
            event.put("origin_server_ts", clock++);
            event.putObject("unsigned").put("age", 1234);
        }
        Room room = room(roomId);
        String type = event.path("type").asText();
        if ("m.room.member".equals(type) && event.path("state_key").isTextual()) {
            String user = event.path("state_key").asText();
            room.membership.put(user, event.path("content").path("membership").asText());
            room.memberEvents.put(user, event);
            room.membershipChangedAt = position;
            if (FakeHomeserver.BOT.equals(user) && "join".equals(room.membership.get(user))) {
                room.botJoinedAt = position;
            }
        } else if ("m.room.encryption".equals(type)) {
            room.encryption = event;
        }
        Entry entry = new Entry(position, roomId, event, raw);
        entries.add(entry);
        return entry;
    }

    /** A member event as the specification's example shapes it. */
    ObjectNode memberEvent(String sender, String user, String membership) {
        ObjectNode event = json.createObjectNode();
        event.put("type", "m.room.member");
        event.put("sender", sender);
        event.put("state_key", user);
        ObjectNode content = event.putObject("content");
        content.put("membership", membership);
        if ("join".equals(membership)) {
            content.put("displayname", displayName(user));
        }
        return event;
    }

    static String displayName(String user) {
        String local = user.substring(1, user.indexOf(':'));
        return Character.toUpperCase(local.charAt(0)) + local.substring(1);
    }

    /** Events of a room after {@code since} (all when null), matching the types. Entry n is at index n - 1. */
    List<Entry> eventsAfter(String roomId, Long since, TypeFilter types) {
        List<Entry> result = new ArrayList<>();
        int first = since == null ? 0 : (int) Math.min(since, entries.size());
        for (Entry entry : entries.subList(first, entries.size())) {
            if (entry.roomId().equals(roomId) && types.matches(entry.event().path("type").asText())) {
                result.add(entry);
            }
        }
        return result;
    }

    /** {@code /messages} backwards: events of the room in ({@code to}, {@code from}], newest first. */
    ObjectNode messagesBackwards(String roomId, long from, Long to, int limit, TypeFilter types, List<Entry> served) {
        ObjectNode answer = json.createObjectNode();
        answer.put("start", "s" + from);
        ArrayNode chunk = answer.putArray("chunk");
        long lastPosition = -1;
        boolean more = false;
        for (int index = (int) Math.min(from, entries.size()) - 1; index >= 0; index--) {
            Entry entry = entries.get(index);
            if (!entry.roomId().equals(roomId) || entry.position() > from || (to != null && entry.position() <= to)
                    || !types.matches(entry.event().path("type").asText())) {
                continue;
            }
            if (chunk.size() == limit) {
                more = true;
                break;
            }
            chunk.add(withRoomId(entry));
            served.add(entry);
            lastPosition = entry.position();
        }
        if (more) {
            answer.put("end", "s" + (lastPosition - 1));
        }
        return answer;
    }

    ObjectNode withRoomId(Entry entry) {
        ObjectNode event = entry.event().deepCopy();
        if (!entry.raw()) {
            event.put("room_id", entry.roomId());
        }
        return event;
    }

    /** The stripped state an invited user sees. */
    ArrayNode inviteState(Room room, String bot) {
        ArrayNode state = json.createArrayNode();
        if (room.name != null) {
            stripped(state, "m.room.name", "", room.memberEvents.get(bot).path("sender").asText()).putObject("content").put("name", room.name);
        }
        if (room.alias != null) {
            stripped(state, "m.room.canonical_alias", "", room.memberEvents.get(bot).path("sender").asText())
                    .putObject("content").put("alias", room.alias);
        }
        ObjectNode invite = room.memberEvents.get(bot);
        ObjectNode member = stripped(state, "m.room.member", bot, invite.path("sender").asText());
        member.set("content", invite.path("content").deepCopy());
        return state;
    }

    private static ObjectNode stripped(ArrayNode state, String type, String stateKey, String sender) {
        ObjectNode event = state.addObject();
        event.put("type", type);
        event.put("state_key", stateKey);
        event.put("sender", sender);
        return event;
    }

    /** The event types a filter lets through ({@code *} is a wildcard). */
    record TypeFilter(List<String> types, List<String> notTypes) {
        static final TypeFilter ALL = new TypeFilter(null, List.of());

        static TypeFilter of(JsonNode filter) {
            List<String> types = null;
            if (filter != null && filter.path("types").isArray()) {
                types = new ArrayList<>();
                for (JsonNode type : filter.path("types")) {
                    types.add(type.asText());
                }
            }
            List<String> notTypes = new ArrayList<>();
            if (filter != null) {
                filter.path("not_types").forEach(type -> notTypes.add(type.asText()));
            }
            return new TypeFilter(types, notTypes);
        }

        boolean matches(String type) {
            if (notTypes.stream().anyMatch(pattern -> glob(pattern, type))) {
                return false;
            }
            return types == null || types.stream().anyMatch(pattern -> glob(pattern, type));
        }

        private static boolean glob(String pattern, String type) {
            return pattern.endsWith("*") ? type.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(type);
        }
    }
}
