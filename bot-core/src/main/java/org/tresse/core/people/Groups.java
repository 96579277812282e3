package org.tresse.core.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
        int updated = handle.update("update tresse_group set name = ?, open_to_all = ? where slug = ?",
                group.name(), group.open(), group.slug());
        if (updated == 0) {
            handle.update("insert into tresse_group (slug, name, open_to_all) values (?, ?, ?)",
                    group.slug(), group.name(), group.open());
        }
    }

    public List<Group> all(Handle handle) {
        return handle.list("select * from tresse_group order by slug", GROUP);
    }

    public Optional<Group> find(Handle handle, String slug) {
        return handle.one("select * from tresse_group where slug = ?", GROUP, slug);
    }

    /** Adds a member; false if already one. */
    public boolean join(Handle handle, long personId, String slug) {
        if (isMember(handle, personId, slug)) {
            return false;
        }
        handle.update("insert into group_member (person_id, group_slug, joined_at) values (?, ?, ?)",
                personId, slug, clock.instant());
        return true;
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

    /** Attaches a channel's room (a Telegram group, a Matrix room...) to a group. */
    public void attachRoom(Handle handle, String channel, String roomId, String slug) {
        int updated = handle.update("update room set group_slug = ? where channel = ? and room_id = ?", slug, channel, roomId);
        if (updated == 0) {
            handle.update("insert into room (channel, room_id, group_slug) values (?, ?, ?)", channel, roomId, slug);
        }
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
