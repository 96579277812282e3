package org.tresse.core.event;

import org.tresse.core.store.Handle;

/**
 * A partner association's event sent where no channel vouches for the sender (the web form
 * {@code /evenements/proposer}): it is recorded as a proposal, on no agenda, and the coordinators
 * are told as for {@code /evenement proposer}, with the address the sender left and that it was not
 * checked. Nothing is published before a coordinator approves it. The event feature implements it.
 */
@FunctionalInterface
public interface EventProposals {
    /**
     * @param draft   a proposed draft ({@link EventDraft#proposed()}) credited to a partner
     * @param contact the address the sender left, for the coordinators only
     */
    Event propose(Handle handle, EventDraft draft, String contact);
}
