package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tresse.core.message.RoomKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the connector knows of its rooms: which are configured (always group rooms), which are
 * direct chats ({@code m.direct}, or opened by the bot), who is joined, which are encrypted.
 * A room with exactly two joined members (the bot and one person) is a private conversation.
 */
public final class RoomDirectory {
    private static final Logger log = LoggerFactory.getLogger(RoomDirectory.class);

    /** Asks the homeserver for a room's joined members when nothing is known of them yet. */
    @FunctionalInterface
    public interface MemberSource {
        Map<String, String> joinedMembers(String roomId) throws Exception;
    }

    private final MatrixStore store;
    private final MemberSource memberSource;
    private final Set<String> configured = ConcurrentHashMap.newKeySet();
    private final Set<String> mDirect = ConcurrentHashMap.newKeySet();
    private final Map<String, String> mDirectByUser = new ConcurrentHashMap<>();
    private final Set<String> encrypted = ConcurrentHashMap.newKeySet();
    private final Map<String, Boolean> openedByBot = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> joined = new ConcurrentHashMap<>();
    private final Map<String, Integer> summaryCounts = new ConcurrentHashMap<>();
    private final Map<String, String> displayNames = new ConcurrentHashMap<>();

    public RoomDirectory(MatrixStore store, MemberSource memberSource) {
        this.store = store;
        this.memberSource = memberSource;
    }

    public void addConfigured(String roomId) {
        configured.add(roomId);
    }

    public boolean isConfigured(String roomId) {
        return configured.contains(roomId);
    }

    /** A room the bot opened for a private conversation. */
    public void addDirect(String roomId) {
        openedByBot.put(roomId, Boolean.TRUE);
    }

    /** Reads the {@code m.direct} account data: user id to the list of their direct rooms. */
    public void applyDirectAccountData(JsonNode content) {
        if (content == null || !content.isObject()) {
            return;
        }
        mDirect.clear();
        mDirectByUser.clear();
        content.fields().forEachRemaining(entry -> {
            List<String> roomIds = Json.strings(entry.getValue());
            mDirect.addAll(roomIds);
            if (!roomIds.isEmpty()) {
                mDirectByUser.put(entry.getKey(), roomIds.get(roomIds.size() - 1));
            }
        });
    }

    /** The direct room {@code m.direct} names for a user, if any. */
    public Optional<String> directRoomOf(String userId) {
        return Optional.ofNullable(mDirectByUser.get(userId));
    }

    /** Learns the whole membership of a room (from a first sync's state). */
    public void startMembership(String roomId) {
        joined.putIfAbsent(roomId, new ConcurrentHashMap<>());
    }

    /** Applies an {@code m.room.member} event; counts change only for rooms whose membership is known. */
    public void applyMember(String roomId, JsonNode event) {
        Optional<String> userId = Json.text(event, "state_key");
        Optional<JsonNode> content = Json.object(event, "content");
        if (userId.isEmpty() || content.isEmpty()) {
            return;
        }
        String membership = Json.text(content.get(), "membership").orElse("");
        Json.text(content.get(), "displayname").ifPresent(name -> displayNames.put(userId.get(), name));
        Map<String, String> members = joined.get(roomId);
        if (members == null) {
            return;
        }
        if ("join".equals(membership)) {
            members.put(userId.get(), Json.text(content.get(), "displayname").orElse(userId.get()));
        } else {
            members.remove(userId.get());
        }
    }

    /** Applies a sync's room summary ({@code m.joined_member_count}). */
    public void applySummary(String roomId, JsonNode summary) {
        Json.integer(summary, "m.joined_member_count").ifPresent(count -> summaryCounts.put(roomId, count.intValue()));
    }

    /** Marks a room encrypted; true the first time. */
    public boolean markEncrypted(String roomId) {
        return encrypted.add(roomId);
    }

    public boolean isEncrypted(String roomId) {
        return encrypted.contains(roomId);
    }

    public String displayName(String userId) {
        return displayNames.getOrDefault(userId, userId);
    }

    /** Private for a direct chat or a room of two; group otherwise, and when in doubt. */
    public RoomKind kindOf(String roomId) {
        if (configured.contains(roomId)) {
            return RoomKind.GROUP;
        }
        if (mDirect.contains(roomId) || openedByBot.computeIfAbsent(roomId, store::isDirectRoom)) {
            return RoomKind.PRIVATE;
        }
        Optional<Integer> count = joinedCount(roomId);
        return count.isPresent() && count.get() == 2 ? RoomKind.PRIVATE : RoomKind.GROUP;
    }

    private Optional<Integer> joinedCount(String roomId) {
        Integer summary = summaryCounts.get(roomId);
        if (summary != null) {
            return Optional.of(summary);
        }
        Map<String, String> members = joined.get(roomId);
        if (members != null && !members.isEmpty()) {
            return Optional.of(members.size());
        }
        try {
            Map<String, String> fetched = memberSource.joinedMembers(roomId);
            Map<String, String> known = new ConcurrentHashMap<>(fetched);
            joined.put(roomId, known);
            return Optional.of(known.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("Could not count the members of Matrix room {}; taking it for a group room: {}", roomId, e.getMessage());
            return Optional.empty();
        }
    }
}
