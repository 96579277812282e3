package org.tresse.core.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.Handle;
import org.tresse.core.store.RowMapper;

/** The residents' voices: leaving, triage, answers, tags. Every method runs in the caller's transaction. */
public final class Voices {
    /** The longest voice, in characters. */
    public static final int MAX_LENGTH = 4000;
    /** The most tags one voice may carry. */
    public static final int MAX_TAGS = 10;
    /**
     * How long the author of a named voice may still make it anonymous, and how long it waits
     * before coordinators are told of it (they can't have seen the name before it is removed).
     */
    public static final Duration ANONYMIZE_WINDOW = Duration.ofMinutes(10);

    private static final RowMapper<Voice> VOICE = row -> {
        String channel = row.getString("channel");
        Optional<VoiceSource> source = channel == null ? Optional.empty() : Optional.of(new VoiceSource(channel,
                row.getString("room"), RoomKind.valueOf(row.getString("room_kind")), row.getString("sender"),
                row.getString("event_id"), row.getBoolean("sender_verified")));
        long person = row.getLong("person_id");
        Optional<Long> personId = row.wasNull() ? Optional.empty() : Optional.of(person);
        long poll = row.getLong("poll_id");
        Optional<Long> pollId = row.wasNull() ? Optional.empty() : Optional.of(poll);
        return new Voice(row.getLong("id"), row.getString("text"), List.of(),
                VoiceStatus.valueOf(row.getString("status")), row.getBoolean("anonymous"), personId, source,
                row.getObject("created_on", LocalDate.class), Optional.ofNullable(Handle.instant(row, "created_at")),
                row.getBoolean("announced"), pollId);
    };
    private static final String INSERT = "insert into voice (id, text, status, anonymous, person_id, channel, room, room_kind, "
            + "sender, event_id, created_on, created_at, announced, poll_id, sender_verified)"
            + " values (?, ?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)";

    private final Clock clock;
    private final ZoneId zone;

    public Voices(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Records a named voice; the answer will go back to {@code source}. */
    public Voice leave(Handle handle, String text, List<String> tags, long personId, VoiceSource source) {
        return leave(handle, text, tags, personId, source, Optional.empty());
    }

    /** Records a named voice, answering consultation {@code pollId} if present. */
    public Voice leave(Handle handle, String text, List<String> tags, long personId, VoiceSource source, Optional<Long> pollId) {
        Instant now = clock.instant();
        long id = VoiceNumbers.next(handle);
        handle.update(INSERT, id, checked(text), false, personId, source.channel(), source.room(), source.kind(),
                source.sender(), source.eventId(), today(), now, pollId.orElse(null), source.verified());
        addTags(handle, id, tags);
        return find(handle, id).orElseThrow();
    }

    /** Records an anonymous voice: no person, no channel, no time, only the day. */
    public Voice leaveAnonymously(Handle handle, String text, List<String> tags) {
        return leaveAnonymously(handle, text, tags, Optional.empty());
    }

    /** Records an anonymous voice, answering consultation {@code pollId} if present. */
    public Voice leaveAnonymously(Handle handle, String text, List<String> tags, Optional<Long> pollId) {
        long id = VoiceNumbers.next(handle);
        handle.update(INSERT, id, checked(text), true, null, null, null, null, null, null, today(), null,
                pollId.orElse(null), true);
        addTags(handle, id, tags);
        return find(handle, id).orElseThrow();
    }

    /**
     * A person answered consultation {@code pollId} again: their earlier voices on it, older than
     * {@code newestId}, are closed (they stay readable); returns how many were still open.
     */
    public int closeEarlierAnswers(Handle handle, long pollId, long personId, long newestId) {
        return handle.update("update voice set status = ? where poll_id = ? and person_id = ? and id < ? and status <> ?",
                VoiceStatus.CLOSED, pollId, personId, newestId, VoiceStatus.CLOSED);
    }

    /** The numbers of the author's earlier voices on the same consultation, oldest first (none for an anonymous one). */
    public List<Long> earlierAnswers(Handle handle, Voice voice) {
        if (voice.pollId().isEmpty() || voice.personId().isEmpty()) {
            return List.of();
        }
        return handle.list("select id from voice where poll_id = ? and person_id = ? and id < ? order by id",
                row -> row.getLong(1), voice.pollId().get(), voice.personId().get(), voice.id());
    }

    /** The start of today in the association's zone: the only time an anonymous voice keeps. */
    public Instant startOfToday() {
        return today().atStartOfDay(zone).toInstant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Optional<Voice> find(Handle handle, long id) {
        return handle.one("select * from voice where id = ?", VOICE, id).map(voice -> voice.withTags(tags(handle, voice.id())));
    }

    /** The most recent voices matching {@code filter}, at most {@code limit}. */
    public List<Voice> list(Handle handle, VoiceFilter filter, int limit) {
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, arguments);
        List<Voice> voices = handle.list("select * from voice v" + where + " order by v.id desc fetch first " + limit + " rows only",
                VOICE, arguments.toArray());
        return withTags(handle, voices);
    }

    public long count(Handle handle, VoiceFilter filter) {
        List<Object> arguments = new ArrayList<>();
        return handle.count("select count(*) from voice v" + where(filter, arguments), arguments.toArray());
    }

    private static String where(VoiceFilter filter, List<Object> arguments) {
        StringBuilder where = new StringBuilder();
        if (filter.status().isPresent()) {
            where.append(" where v.status = ?");
            arguments.add(filter.status().get());
        } else {
            where.append(" where v.status <> ?");
            arguments.add(VoiceStatus.CLOSED);
        }
        filter.tag().ifPresent(tag -> {
            where.append(" and exists (select 1 from voice_tag t where t.voice_id = v.id and t.tag_key = ?)");
            arguments.add(Tags.key(tag));
        });
        return where.toString();
    }

    /** Every voice, oldest first, with its tags: for exports. */
    public List<Voice> all(Handle handle) {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        handle.list("select voice_id, tag from voice_tag order by voice_id, tag",
                row -> tags.computeIfAbsent(row.getLong(1), any -> new ArrayList<>()).add(row.getString(2)));
        return handle.list("select * from voice order by id", VOICE).stream()
                .map(voice -> voice.withTags(tags.getOrDefault(voice.id(), List.of())))
                .toList();
    }

    /** The voices left from {@code from} to {@code to} (both included), whatever their status, oldest first, with their tags. */
    public List<Voice> leftBetween(Handle handle, LocalDate from, LocalDate to) {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        handle.list("select t.voice_id, t.tag from voice_tag t join voice v on v.id = t.voice_id "
                        + "where v.created_on >= ? and v.created_on <= ? order by t.voice_id, t.tag",
                row -> tags.computeIfAbsent(row.getLong(1), any -> new ArrayList<>()).add(row.getString(2)), from, to);
        return handle.list("select * from voice where created_on >= ? and created_on <= ? order by id", VOICE, from, to).stream()
                .map(voice -> voice.withTags(tags.getOrDefault(voice.id(), List.of())))
                .toList();
    }

    /** The first answer to each voice left from {@code from} to {@code to}, by voice number. */
    public Map<Long, VoiceAnswer> firstAnswers(Handle handle, LocalDate from, LocalDate to) {
        Map<Long, VoiceAnswer> first = new LinkedHashMap<>();
        handle.list("select a.*, p.display_name from voice_answer a join person p on p.id = a.author_id join voice v on v.id = a.voice_id "
                        + "where v.created_on >= ? and v.created_on <= ? order by a.voice_id, a.id",
                row -> first.putIfAbsent(row.getLong("voice_id"), new VoiceAnswer(row.getLong("id"), row.getLong("voice_id"),
                        row.getLong("author_id"), row.getString("display_name"), row.getString("text"), Handle.instant(row, "created_at"))),
                from, to);
        return first;
    }

    public void setStatus(Handle handle, long id, VoiceStatus status) {
        handle.update("update voice set status = ? where id = ?", status, id);
    }

    /** Adds tags not already there (at most {@link #MAX_TAGS} in all); returns the voice's tags. */
    public List<String> addTags(Handle handle, long id, List<String> newTags) {
        List<String> current = new ArrayList<>(tags(handle, id));
        List<String> keys = current.stream().map(Tags::key).collect(Collectors.toCollection(ArrayList::new));
        for (String tag : newTags) {
            String key = Tags.key(tag);
            if (!keys.contains(key) && current.size() < MAX_TAGS) {
                handle.update("insert into voice_tag (voice_id, tag, tag_key) values (?, ?, ?)", id, tag, key);
                current.add(tag);
                keys.add(key);
            }
        }
        return List.copyOf(current);
    }

    public List<String> tags(Handle handle, long id) {
        return handle.list("select tag from voice_tag where voice_id = ? order by tag", row -> row.getString(1), id);
    }

    /**
     * Whether the author may still make a named voice anonymous: within {@link #ANONYMIZE_WINDOW},
     * before any coordinator read it or was told of it.
     */
    public boolean mayBecomeAnonymous(Voice voice) {
        return !voice.anonymous() && voice.status() == VoiceStatus.NEW && !voice.announced()
                && voice.createdAt().map(at -> !clock.instant().isAfter(at.plus(ANONYMIZE_WINDOW))).orElse(false);
    }

    /** Removes the author, the source and the time of a voice; the day stays. */
    public void makeAnonymous(Handle handle, long id) {
        handle.update("update voice set anonymous = true, person_id = null, channel = null, room = null, room_kind = null, "
                + "sender = null, event_id = null, created_at = null where id = ?", id);
    }

    /** Records an answer and marks the voice answered; returns the answer's id. */
    public long answer(Handle handle, long voiceId, long authorId, String text) {
        long id = handle.insert("insert into voice_answer (voice_id, author_id, text, created_at) values (?, ?, ?, ?)",
                voiceId, authorId, checked(text), clock.instant());
        setStatus(handle, voiceId, VoiceStatus.ANSWERED);
        return id;
    }

    public List<VoiceAnswer> answers(Handle handle, long voiceId) {
        return handle.list("select a.*, p.display_name from voice_answer a join person p on p.id = a.author_id "
                        + "where a.voice_id = ? order by a.id",
                row -> new VoiceAnswer(row.getLong("id"), row.getLong("voice_id"), row.getLong("author_id"),
                        row.getString("display_name"), row.getString("text"), Handle.instant(row, "created_at")), voiceId);
    }

    /**
     * Voices coordinators have not been told of: anonymous ones, and named ones older than
     * {@link #ANONYMIZE_WINDOW} (the author may still make them anonymous until then).
     */
    public List<Voice> toAnnounce(Handle handle) {
        Instant before = clock.instant().minus(ANONYMIZE_WINDOW);
        return withTags(handle, handle.list("select * from voice where announced = false and (anonymous = true or created_at <= ?) "
                + "order by id", VOICE, before));
    }

    /** Whether some voices are still to be announced, now or later. */
    public boolean anyUnannounced(Handle handle) {
        return handle.count("select count(*) from voice where announced = false") > 0;
    }

    public void markAnnounced(Handle handle, List<Long> ids) {
        List<Object[]> rows = ids.stream().map(id -> new Object[] {id}).toList();
        if (!rows.isEmpty()) {
            handle.batch("update voice set announced = true where id = ?", rows);
        }
    }

    /** How many voices in each status, every status listed. */
    public Map<VoiceStatus, Long> statusCounts(Handle handle) {
        Map<VoiceStatus, Long> counts = new LinkedHashMap<>();
        for (VoiceStatus status : VoiceStatus.values()) {
            counts.put(status, 0L);
        }
        handle.list("select status, count(*) from voice group by status",
                row -> counts.put(VoiceStatus.valueOf(row.getString(1)), row.getLong(2)));
        return counts;
    }

    /** How many voices carry each tag, most used first. */
    public Map<String, Long> tagCounts(Handle handle) {
        Map<String, Long> counts = new LinkedHashMap<>();
        handle.list("select min(tag), count(*) from voice_tag group by tag_key order by count(*) desc, min(tag)",
                row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    /** Identity linking: the voices and answers of {@code from} become {@code into}'s. */
    public void merge(Handle handle, long from, long into) {
        handle.update("update voice set person_id = ? where person_id = ?", into, from);
        handle.update("update voice_answer set author_id = ? where author_id = ?", into, from);
    }

    private List<Voice> withTags(Handle handle, List<Voice> voices) {
        if (voices.isEmpty()) {
            return voices;
        }
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        handle.query("select voice_id, tag from voice_tag where voice_id in (:ids) order by tag")
                .bindList("ids", voices.stream().map(Voice::id).toList())
                .list(row -> tags.computeIfAbsent(row.getLong(1), any -> new ArrayList<>()).add(row.getString(2)));
        return voices.stream().map(voice -> voice.withTags(tags.getOrDefault(voice.id(), List.of()))).toList();
    }

    private static String checked(String text) {
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a voice has 1 to " + MAX_LENGTH + " characters, got " + text.length());
        }
        return text;
    }
}
