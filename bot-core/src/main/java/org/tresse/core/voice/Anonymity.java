package org.tresse.core.voice;

import java.time.Instant;
import java.util.UUID;
import org.tresse.core.store.Handle;
import org.tresse.core.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes, inside the transaction that records an anonymous voice, every row that could join it
 * back to its sender:
 * <ul>
 * <li>the event's inbound log row loses its person, its time (kept to the day) and its event id
 *     (a channel's event id can name the chat, e.g. Telegram's chat id); a random id keeps the
 *     row's place. The cost: a channel redelivering that very event would leave the voice twice;
 *     the connectors commit their cursor in the same transaction, so none does in practice;</li>
 * <li>a person first seen in that very event, with nothing else to their name, is forgotten
 *     altogether (their creation time would otherwise date the voice);</li>
 * <li>the receipts sent to the author ({@link #RECEIPT_CORRELATION}) are deleted from the outbox
 *     once delivered, by the voices' batch job.</li>
 * </ul>
 */
public final class Anonymity {
    /** The correlation of receipts sent to authors of anonymous voices: no voice number in it. */
    public static final String RECEIPT_CORRELATION = "voice:anonymous";
    private static final Logger log = LoggerFactory.getLogger(Anonymity.class);

    private Anonymity() {}

    /** Unlinks the inbound log row of the event from its sender and its time. */
    public static void forgetEvent(Handle handle, String channel, String eventId, Instant dayStart) {
        handle.update("update inbound_log set person_id = null, received_at = ?, event_id = ? where channel = ? and event_id = ?",
                dayStart, "anonymous-" + UUID.randomUUID(), channel, eventId);
    }

    /**
     * Forgets a person whose only trace is the anonymous event just handled: no other event, no
     * role but resident, no group. Does nothing if anything else refers to them.
     */
    public static void forgetNewcomer(Handle handle, long personId) {
        boolean onlyThisEvent = handle.count("select count(*) from inbound_log where person_id = ?", personId) == 0;
        boolean noRole = handle.count("select count(*) from person_role where person_id = ? and role <> 'RESIDENT'", personId) == 0;
        boolean noGroup = handle.count("select count(*) from group_member where person_id = ?", personId) == 0;
        if (!onlyThisEvent || !noRole || !noGroup) {
            return;
        }
        try {
            handle.withSavepoint(() -> {
                handle.update("delete from link_code where person_id = ?", personId);
                handle.update("delete from person_role where person_id = ?", personId);
                handle.update("delete from identity where person_id = ?", personId);
                return handle.update("delete from person where id = ?", personId);
            });
        } catch (StorageException e) {
            log.debug("A newcomer who left an anonymous voice is referred to elsewhere; kept");
        }
    }

    /** Deletes the outbox rows of a correlation that are no longer pending; returns how many. */
    public static int purgeDelivered(Handle handle, String correlation) {
        return handle.update("delete from outbox where correlation = ? and status <> 'PENDING'", correlation);
    }

    /** Deletes every outbox row of a correlation, pending or not (a receipt naming a voice now anonymous). */
    public static int purgeAll(Handle handle, String correlation) {
        return handle.update("delete from outbox where correlation = ?", correlation);
    }
}
