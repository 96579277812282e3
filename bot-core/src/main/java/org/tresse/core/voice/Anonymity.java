package org.tresse.core.voice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.engine.InboundLog;
import org.tresse.core.groups.Groups;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.store.Handle;
import org.tresse.core.store.StorageException;

/**
 * Removes, inside the transaction that records an anonymous voice, every row that could join it
 * back to its sender, through the owners of those rows:
 * <ul>
 * <li>the event is not written in the inbound log (the engine records events once handled), or,
 *     made anonymous later, its row is deleted (not even its place among the rows stays). The
 *     cost: a channel redelivering that very event would leave the voice twice; the connectors
 *     commit their cursor in the same transaction, so none does in practice;</li>
 * <li>a person first seen in that very event, with nothing else to their name, is forgotten
 *     altogether (their creation time would otherwise date the voice);</li>
 * <li>the receipts sent to the author are {@link Outbox#EPHEMERAL}: their outbox rows name no one
 *     and say nothing readable (sealed under a key of this run only, or under keys the instances
 *     sharing the database open: {@link org.tresse.core.outbox.ReceiptSeal}) and are deleted once delivered.</li>
 * </ul>
 */
public final class Anonymity {
    private static final Logger log = LoggerFactory.getLogger(Anonymity.class);

    private final InboundLog inboundLog;
    private final People people;
    private final Groups groups;
    private final Outbox outbox;

    public Anonymity(InboundLog inboundLog, People people, Groups groups, Outbox outbox) {
        this.inboundLog = inboundLog;
        this.people = people;
        this.groups = groups;
        this.outbox = outbox;
    }

    /** Unlinks the event from its sender: the event being handled is never written in the inbound log, an earlier one is deleted. */
    public void forgetEvent(Handle handle, String channel, String eventId) {
        inboundLog.forget(handle, channel, eventId);
    }

    /**
     * Forgets a person whose only trace is the anonymous event just handled: no other event, no
     * role but resident, no group. Does nothing if anything else refers to them.
     */
    public void forgetNewcomer(Handle handle, long personId) {
        if (inboundLog.anyFrom(handle, personId) || groups.inAnyGroup(handle, personId)) {
            return;
        }
        try {
            handle.withSavepoint(() -> people.forgetResident(handle, personId));
        } catch (StorageException e) {
            log.debug("A newcomer who left an anonymous voice is referred to elsewhere; kept");
        }
    }

    /** Deletes every outbox row of a correlation, pending or not (a receipt naming a voice now anonymous). */
    public int purgeAll(Handle handle, String correlation) {
        return outbox.purge(handle, correlation, true);
    }
}
