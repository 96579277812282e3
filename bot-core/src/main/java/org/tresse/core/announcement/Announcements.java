package org.tresse.core.announcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.Handle;
import org.tresse.core.store.RowMapper;

/** Announcements and their audiences. Every method runs in the caller's transaction. */
public final class Announcements {
    /** How long a preview may be confirmed. */
    public static final Duration PREVIEW_VALIDITY = Duration.ofMinutes(30);
    /** The longest announcement, in characters. */
    public static final int MAX_LENGTH = 4000;

    private static final RowMapper<Announcement> ANNOUNCEMENT = row -> {
        AudienceSpec audience = audience(row);
        int recipients = row.getInt("recipients");
        Optional<Integer> count = row.wasNull() ? Optional.empty() : Optional.of(recipients);
        return new Announcement(row.getLong("id"), row.getLong("author_id"), row.getString("text"), audience,
                AnnouncementStatus.valueOf(row.getString("status")), Handle.instant(row, "created_at"),
                Handle.instant(row, "expires_at"), Optional.ofNullable(Handle.instant(row, "scheduled_at")),
                Optional.ofNullable(Handle.instant(row, "sent_at")), count);
    };

    private static AudienceSpec audience(java.sql.ResultSet row) throws java.sql.SQLException {
        List<String> channels = split(row.getString("channels"));
        return row.getBoolean("everyone") ? AudienceSpec.everyone(channels) : AudienceSpec.groups(split(row.getString("group_slugs")), channels);
    }

    private final Clock clock;

    public Announcements(Clock clock) {
        this.clock = clock;
    }

    public static String correlation(long id) {
        return "announcement:" + id;
    }

    /** Records a preview, to be confirmed by its author within {@link #PREVIEW_VALIDITY}. */
    public Announcement preview(Handle handle, long authorId, String text, AudienceSpec audience, Optional<Instant> scheduledAt) {
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an announcement has 1 to " + MAX_LENGTH + " characters");
        }
        Instant now = clock.instant();
        long id = handle.insert("insert into announcement (author_id, text, everyone, group_slugs, channels, status, created_at, "
                        + "expires_at, scheduled_at) values (?, ?, ?, ?, ?, 'PREVIEW', ?, ?, ?)",
                authorId, text, audience.everyone(), String.join(",", audience.groups()), String.join(",", audience.channels()),
                now, now.plus(PREVIEW_VALIDITY), scheduledAt.orElse(null));
        return find(handle, id).orElseThrow();
    }

    public Optional<Announcement> find(Handle handle, long id) {
        return handle.one("select * from announcement where id = ?", ANNOUNCEMENT, id);
    }

    public void markScheduled(Handle handle, long id) {
        handle.update("update announcement set status = 'SCHEDULED', confirmed_at = ? where id = ?", clock.instant(), id);
    }

    public void markSent(Handle handle, long id, int recipients) {
        Instant now = clock.instant();
        handle.update("update announcement set status = 'SENT', confirmed_at = coalesce(confirmed_at, ?), sent_at = ?, "
                + "recipients = ? where id = ?", now, now, recipients, id);
    }

    public void markCancelled(Handle handle, long id) {
        handle.update("update announcement set status = 'CANCELLED' where id = ?", id);
    }

    /**
     * Page {@code page} (from 1) of the sent announcements whose audience {@code shown} accepts, newest
     * first, {@code size} a page. The audiences are read alone first (a few bytes a row), then only the
     * page's rows in full: thousands of announcements cost one light pass.
     */
    public AnnouncementPage sentPage(Handle handle, Predicate<AudienceSpec> shown, int page, int size) {
        List<Long> ids = handle.list("select id, everyone, group_slugs, channels from announcement where status = 'SENT' "
                + "order by sent_at desc, id desc", row -> shown.test(audience(row)) ? row.getLong("id") : -1L)
                .stream().filter(id -> id >= 0).toList();
        long from = (long) (Math.max(1, page) - 1) * size;
        List<Long> wanted = from >= ids.size() ? List.of() : ids.subList((int) from, (int) Math.min(ids.size(), from + size));
        List<Announcement> rows = wanted.isEmpty() ? List.of() : handle.query("select * from announcement where id in (:ids) "
                + "order by sent_at desc, id desc").bindList("ids", wanted).list(ANNOUNCEMENT);
        return new AnnouncementPage(rows, ids.size(), Math.max(1, page), size);
    }

    /** Announcements sent in [since, until), oldest first. */
    public List<Announcement> sentBetween(Handle handle, Instant since, Instant until) {
        return handle.list("select * from announcement where status = 'SENT' and sent_at >= ? and sent_at < ? order by sent_at, id",
                ANNOUNCEMENT, since, until);
    }

    /**
     * The recipients, as of now: the rooms attached to the groups (every group's, for everyone)
     * and the subscribers to private notifications (the groups' members only, unless everyone),
     * on the chosen channels; one private message per person per channel.
     */
    public Audience audience(Handle handle, AudienceSpec spec) {
        String roomSql = "select distinct channel, room_id from room where channel in (:channels)";
        String peopleSql = "select s.person_id, s.channel, s.address, p.language from subscription s "
                + "join person p on p.id = s.person_id where s.notifications = true and s.status = 'ACTIVE' "
                + "and s.channel in (:channels)";
        if (!spec.everyone()) {
            roomSql += " and group_slug in (:groups)";
            peopleSql += " and s.person_id in (select m.person_id from group_member m where m.group_slug in (:groups))";
        }
        List<Destination.Room> rooms = handle.query(roomSql + " order by channel, room_id")
                .bindList("channels", spec.channels()).bindList("groups", spec.groups())
                .list(row -> new Destination.Room(row.getString(1), row.getString(2), RoomKind.GROUP));
        Set<String> seen = new HashSet<>();
        List<Audience.Recipient> people = new ArrayList<>();
        handle.query(peopleSql + " order by s.person_id, s.channel, s.id")
                .bindList("channels", spec.channels()).bindList("groups", spec.groups()).list(row -> {
            long person = row.getLong(1);
            String channel = row.getString(2);
            if (seen.add(person + "\n" + channel)) {
                people.add(new Audience.Recipient(person, new Destination.Direct(channel, row.getString(3)),
                        Language.parse(row.getString(4)).orElse(null)));
            }
            return null;
        });
        return new Audience(rooms, people);
    }

    /** Identity linking: announcements written by {@code from} become {@code into}'s. */
    public void merge(Handle handle, long from, long into) {
        handle.update("update announcement set author_id = ? where author_id = ?", into, from);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
