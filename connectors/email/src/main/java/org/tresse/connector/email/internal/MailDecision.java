package org.tresse.connector.email.internal;

import org.tresse.core.message.Inbound;

/** What to do with one mail of the mailbox. */
public sealed interface MailDecision {
    /** Hand it to the engine. */
    record Deliver(Inbound inbound) implements MailDecision {}

    /** Count the bounces it reports; never answer it. */
    record RecordBounce(DeliveryReport report) implements MailDecision {}

    /** Never answer it (a robot wrote it, or nobody can be answered). */
    record Ignore(String reason) implements MailDecision {}
}
