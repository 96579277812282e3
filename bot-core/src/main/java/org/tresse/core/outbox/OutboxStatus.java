package org.tresse.core.outbox;

/** The life of an outbox row. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
