package org.tresse.core.event;

/** Where an event stands. */
public enum EventStatus {
    /** A partner association's submission, waiting for a coordinator. */
    PROPOSED,
    /** On the agenda. */
    SCHEDULED,
    /** A submission a coordinator declined: on no agenda. */
    DECLINED,
    /** Called off: kept, shown as cancelled in the feeds, no answers taken. */
    CANCELLED;

    /** Whether the event is on the agenda (scheduled or told cancelled). */
    public boolean listed() {
        return this == SCHEDULED || this == CANCELLED;
    }
}
