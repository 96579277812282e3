package org.tresse.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.outbox.internal.ContentCodec;
import org.tresse.core.outbox.internal.OutboxFiles;
import org.tresse.core.outbox.internal.SealedMessage;
import org.tresse.core.store.Handle;
import org.tresse.core.store.RowMapper;

/**
 * Every message Tresse sends is first a row here, written in the same transaction as the change
 * that caused it; delivery workers send the rows after the commit.
 */
public final class Outbox {
    /**
     * The correlation of messages whose row is deleted once delivered or given up, so nothing
     * keeps who received them: the receipts of anonymous voices and secret answers. Whom such a
     * row goes to and what it says are sealed ({@link ReceiptSeal}): alone, under a key of this run
     * only, so after a crash they are never delivered (the voice is kept, its thank-you is lost); on a
     * database several instances share, under keys they all open, so another instance sends them.
     */
    public static final String EPHEMERAL = "ephemeral";
    /** A sealed row nobody here can open is another run's (or its key is gone): left to it this long, then deleted. */
    static final Duration ORPHAN_AGE = Duration.ofHours(1);

    private static final String INSERT = "insert into outbox (channel, room, room_kind, recipient, content, correlation, "
            + "status, attempts, not_before, created_at, file_id) values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)";

    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ReceiptSeal seal;
    private final OutboxFiles files;
    private final RowMapper<OutboxRow> rowMapper;

    /** An outbox whose receipts are sealed under a key of this run only. */
    public Outbox(Clock clock) {
        this(clock, ReceiptSeal.ofThisRun());
    }

    public Outbox(Clock clock, ReceiptSeal seal) {
        this.clock = clock;
        this.seal = seal;
        this.files = new OutboxFiles(clock);
        this.rowMapper = new OutboxRows(seal)::row;
    }

    /** Adds a message to send once the transaction commits; returns its row id. */
    public long enqueue(Handle handle, Destination destination, Content content, String correlation) {
        return enqueueAt(handle, destination, content, correlation, clock.instant());
    }

    /** Adds a message to send no earlier than {@code notBefore}. */
    public long enqueueAt(Handle handle, Destination destination, Content content, String correlation, Instant notBefore) {
        Long file = storeFile(handle, content, correlation);
        return handle.insert(INSERT, arguments(destination, ContentCodec.write(content.withFileBytes(null)), correlation, notBefore, file));
    }

    /** Adds many messages in one batch (announcements to a whole village). */
    public void enqueueAll(Handle handle, List<Destination> destinations, Content content, String correlation) {
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(destinations.size());
        // the file once, carried by every row
        Long file = destinations.isEmpty() ? null : storeFile(handle, content, correlation);
        String json = ContentCodec.write(content.withFileBytes(null));
        for (Destination destination : destinations) {
            rows.add(arguments(destination, json, correlation, now, file));
        }
        handle.batch(INSERT, rows);
    }

    /** Stores the file the content carries, if any; its id. */
    private Long storeFile(Handle handle, Content content, String correlation) {
        Optional<byte[]> bytes = content.file().map(Attachment::bytes);
        if (bytes.isEmpty()) {
            return null;
        }
        if (EPHEMERAL.equals(correlation)) {
            throw new IllegalArgumentException("a receipt that leaves no trace carries no file");
        }
        return files.store(handle, bytes.get());
    }

    private Object[] arguments(Destination destination, String json, String correlation, Instant notBefore, Long file) {
        if (EPHEMERAL.equals(correlation)) {
            // whom it goes to and what it says, sealed: the row names no one, even as a stale page
            return new Object[] {destination.channel(), null, null, null, seal.seal(SealedMessage.write(destination, json)),
                correlation, notBefore, clock.instant(), null};
        }
        String room = destination instanceof Destination.Room target ? target.room() : null;
        String kind = destination instanceof Destination.Room target ? target.kind().name() : null;
        String recipient = destination instanceof Destination.Direct target ? target.userId() : null;
        return new Object[] {destination.channel(), room, kind, recipient, json, correlation, notBefore, clock.instant(), file};
    }

    /** The bytes of the file row {@code rowId} carries, read just before it is delivered; empty if none. */
    public Optional<byte[]> fileOf(Handle handle, long rowId) {
        return files.ofRow(handle, rowId);
    }

    /**
     * The channel refused the row's file: from now on the row says {@code withoutFile} (what the file's
     * {@code instead} says), and its file is deleted once no other pending row carries it.
     */
    public void dropFile(Handle handle, OutboxRow row, Content withoutFile) {
        handle.update("update outbox set content = ? where id = ? and status = 'PENDING'", ContentCodec.write(withoutFile),
                row.outbound().id());
        files.detach(handle, row.outbound().id());
    }

    /** The oldest pending rows of a channel, due or not, in order. */
    public List<OutboxRow> pending(Handle handle, String channel, int limit) {
        List<Long> unopened = new ArrayList<>();
        List<OutboxRow> rows = handle.list("select * from outbox where channel = ? and status = 'PENDING' order by channel, status, id "
                + "fetch first " + limit + " rows only", row -> {
                    OutboxRow read = rowMapper.map(row);
                    if (read == null) {
                        unopened.add(row.getLong("id"));
                    }
                    return read;
                }, channel);
        Instant now = clock.instant();
        seal.sweep(handle, now);
        if (!unopened.isEmpty()) {
            // sealed by a run that ended, or under a key destroyed since: nobody will ever read them
            handle.query("delete from outbox where id in (:ids) and correlation = :ephemeral and not_before < :old")
                    .bindList("ids", unopened).bind("ephemeral", EPHEMERAL).bind("old", now.minus(ORPHAN_AGE)).update();
            return rows.stream().filter(Objects::nonNull).toList();
        }
        return rows;
    }

    /**
     * Claims for {@code instance}, until {@code until}, those of the pending rows {@code ids} that no
     * other instance is sending: not locked by another's transaction ({@code skip locked}), claimed by
     * nobody, by {@code instance} itself, or by a claim expired at {@code now}. Returns the claimed ids.
     */
    public Set<Long> claim(Handle handle, List<Long> ids, String instance, Instant now, Instant until) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Long> free = handle.query("select id from outbox where id in (:ids) and status = 'PENDING' and (claimed_by is null "
                        + "or claimed_by = :me or claimed_until <= :now) for update skip locked")
                .bindList("ids", ids).bind("me", instance).bind("now", now).list(row -> row.getLong(1));
        if (!free.isEmpty()) {
            handle.query("update outbox set claimed_by = :me, claimed_until = :until where id in (:ids)")
                    .bindList("ids", free).bind("me", instance).bind("until", until).update();
        }
        return Set.copyOf(free);
    }

    public Optional<OutboxRow> find(Handle handle, long id) {
        return handle.one("select * from outbox where id = ?", rowMapper, id);
    }

    public long pendingCount(Handle handle, String channel) {
        return handle.count("select count(*) from outbox where channel = ? and status = 'PENDING'", channel);
    }

    /** Records that a row was delivered; an {@link #EPHEMERAL} row is deleted instead. */
    public void delivered(Handle handle, OutboxRow row, String remoteId) {
        if (EPHEMERAL.equals(row.correlation())) {
            handle.update("delete from outbox where id = ?", row.outbound().id());
        } else {
            markSent(handle, row.outbound().id(), remoteId);
        }
        forgetFileOf(handle, row);
    }

    private void forgetFileOf(Handle handle, OutboxRow row) {
        if (row.outbound().content().file().isPresent()) {
            files.forgetUnused(handle);
        }
    }

    /** Records that a row will never be delivered; an {@link #EPHEMERAL} row is deleted instead. */
    public void givenUp(Handle handle, OutboxRow row, DeliveryFailure reason) {
        if (EPHEMERAL.equals(row.correlation())) {
            handle.update("delete from outbox where id = ?", row.outbound().id());
        } else {
            markFailed(handle, row.outbound().id(), reason);
        }
        forgetFileOf(handle, row);
    }

    public void markSent(Handle handle, long id, String remoteId) {
        handle.update("update outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, remote_id = ?, "
                + "last_error = null where id = ? and status = 'PENDING'", clock.instant(), remoteId, id);
    }

    /** Tried again at {@code notBefore}; {@code reason} is kept, as its {@link DeliveryFailure#stored() stored form}. */
    public void retryLater(Handle handle, long id, Instant notBefore, DeliveryFailure reason) {
        handle.update("update outbox set attempts = attempts + 1, not_before = ?, last_error = ? where id = ? "
                + "and status = 'PENDING'", notBefore, reason.stored(), id);
    }

    /** Failed for good; {@code reason} is kept, as its {@link DeliveryFailure#stored() stored form}. */
    public void markFailed(Handle handle, long id, DeliveryFailure reason) {
        handle.update("update outbox set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ? "
                + "and status = 'PENDING'", reason.stored(), id);
    }

    /** Cancels the pending rows of a correlation (a cancelled scheduled announcement); returns how many. */
    public int cancel(Handle handle, String correlation) {
        int cancelled = handle.update("update outbox set status = 'FAILED', last_error = ? where correlation = ? "
                + "and status = 'PENDING'", DeliveryFailure.of(DeliveryFailure.Reason.CANCELLED).stored(), correlation);
        files.forgetUnused(handle);
        return cancelled;
    }

    /** The persons written to in private on {@code channel} under any of {@code correlations}, each once, in order. */
    public List<String> recipients(Handle handle, String channel, List<String> correlations) {
        return handle.query("select distinct recipient from outbox where channel = :channel and correlation in (:correlations) "
                        + "and recipient is not null order by recipient")
                .bind("channel", channel).bindList("correlations", correlations).list(row -> row.getString(1));
    }

    /** Deletes the rows of a correlation that are no longer pending (or all of them); returns how many. */
    public int purge(Handle handle, String correlation, boolean pendingToo) {
        int purged = handle.update("delete from outbox where correlation = ?" + (pendingToo ? "" : " and status <> 'PENDING'"), correlation);
        if (pendingToo) {
            files.forgetUnused(handle);
        }
        return purged;
    }

    /** The channel's id of the last message sent for {@code correlation} to {@code destination}, for edits. */
    public Optional<String> remoteId(Handle handle, String correlation, Destination destination) {
        String key = destination instanceof Destination.Room room ? room.room() : ((Destination.Direct) destination).userId();
        return handle.one("select remote_id from outbox where correlation = ? and channel = ? and (room = ? or recipient = ?) "
                        + "and status = 'SENT' and remote_id is not null and remote_id <> '' order by id desc fetch first 1 rows only",
                row -> row.getString(1), correlation, destination.channel(), key, key);
    }

    /** Per channel: sent, pending, failed, and the failure reasons, for a correlation. */
    public List<DeliveryCounts> counts(Handle handle, String correlation) {
        return OutboxFigures.counts(handle, correlation);
    }

    /**
     * What went out on each channel in [since, until): messages sent then, messages written then that
     * failed for good, the persons' addresses written to in private, and the group rooms reached.
     */
    public List<ChannelTraffic> trafficBetween(Handle handle, Instant since, Instant until) {
        return OutboxFigures.trafficBetween(handle, since, until);
    }

    /** Called after a transaction that enqueued rows commits, so workers look at once. */
    public void wakeUp() {
        listeners.forEach(Runnable::run);
    }

    public void onWakeUp(Runnable listener) {
        listeners.add(listener);
    }
}
