package org.tresse.connector.email.internal;

import org.tresse.core.message.Inbound;

/** What to do with one mail of the mailbox. */
public sealed interface MailDecision {
    /** Hand it to the engine. */
    record Deliver(Inbound inbound) implements MailDecision {}

    /**
     * Count the failure it reports for {@code address}, the recipient of the mail whose return
     * path it came back to; never answer it.
     */
    record RecordBounce(DeliveryReport report, String address) implements MailDecision {}

    /** Never answer it (a robot wrote it, or nobody can be answered). */
    record Ignore(String reason) implements MailDecision {}
}
