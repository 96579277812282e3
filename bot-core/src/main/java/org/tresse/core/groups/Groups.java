package org.tresse.core.groups;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;
import org.tresse.core.store.RowMapper;

/** The association's groups, who belongs to them, and the rooms attached to them. */
public final class Groups {
    private static final RowMapper<Group> GROUP =
            row -> new Group(row.getString("slug"), row.getString("name"), row.getBoolean("open_to_all"));

    private final Clock clock;

    public Groups(Clock clock) {
        this.clock = clock;
    }

    /** Creates the group or updates its name and openness. */
    public void define(Handle handle, Group group) {
        handle.upsert("tresse_group", Columns.of("slug", group.slug()),
                Columns.of("name", group.name()).and("open_to_all", group.open()));
    }

    public List<Group> all(Handle handle) {
        return handle.list("select * from tresse_group order by slug", GROUP);
    }

    public Optional<Group> find(Handle handle, String slug) {
        return handle.one("select * from tresse_group where slug = ?", GROUP, slug);
    }

    /** Adds a member; false if already one. */
    public boolean join(Handle handle, long personId, String slug) {
        return handle.insertIfAbsent("group_member", Columns.of("person_id", personId).and("group_slug", slug),
                Columns.of("joined_at", clock.instant()));
    }

    /** Removes a member; false if not one. */
    public boolean leave(Handle handle, long personId, String slug) {
        return handle.update("delete from group_member where person_id = ? and group_slug = ?", personId, slug) > 0;
    }

    public boolean isMember(Handle handle, long personId, String slug) {
        return handle.count("select count(*) from group_member where person_id = ? and group_slug = ?", personId, slug) > 0;
    }

    public List<String> groupsOf(Handle handle, long personId) {
        return handle.list("select group_slug from group_member where person_id = ? order by group_slug",
                row -> row.getString(1), personId);
    }

    public List<Long> members(Handle handle, String slug) {
        return handle.list("select person_id from group_member where group_slug = ? order by person_id",
                row -> row.getLong(1), slug);
    }

    /** Identity linking: the memberships of {@code from} become {@code into}'s, each group once. */
    public void merge(Handle handle, long from, long into) {
        handle.update("insert into group_member (person_id, group_slug, joined_at) "
                + "select ?, group_slug, joined_at from group_member m where person_id = ? and not exists "
                + "(select 1 from group_member o where o.person_id = ? and o.group_slug = m.group_slug)", into, from, into);
        handle.update("delete from group_member where person_id = ?", from);
    }

    /** Whether the person belongs to any group. */
    public boolean inAnyGroup(Handle handle, long personId) {
        return handle.count("select count(*) from group_member where person_id = ?", personId) > 0;
    }

    /** Attaches a channel's room (a Telegram group, a Matrix room...) to a group. */
    public void attachRoom(Handle handle, String channel, String roomId, String slug) {
        handle.upsert("room", Columns.of("channel", channel).and("room_id", roomId), Columns.of("group_slug", slug));
    }

    /** A room got a new id: its attachment moves (or the old one goes if the new id is attached already); true if it moved. */
    public boolean moveRoom(Handle handle, String channel, String fromRoom, String toRoom) {
        if (handle.count("select count(*) from room where channel = ? and room_id = ?", channel, toRoom) > 0) {
            handle.update("delete from room where channel = ? and room_id = ?", channel, fromRoom);
            return false;
        }
        return handle.update("update room set room_id = ? where channel = ? and room_id = ?", toRoom, channel, fromRoom) > 0;
    }

    public Optional<String> groupOfRoom(Handle handle, String channel, String roomId) {
        return handle.one("select group_slug from room where channel = ? and room_id = ?", row -> row.getString(1), channel, roomId);
    }

    /** The rooms attached to a group, as channel and room id. */
    public List<AttachedRoom> rooms(Handle handle, String slug) {
        return handle.list("select channel, room_id from room where group_slug = ? order by channel, room_id",
                row -> new AttachedRoom(row.getString(1), row.getString(2)), slug);
    }

    /** A room of a channel attached to a group. */
    public record AttachedRoom(String channel, String roomId) {}
}
