package org.tresse.connector.email.internal;

import java.util.Optional;

/**
 * Where the connector is in a mailbox: the folder's UIDVALIDITY and the last UID handled,
 * stored as {@code "<uidvalidity>:<uid>"} under the key {@code "imap:<folder>"}.
 */
public record MailboxCursor(long uidValidity, long uid) {

    public static String key(String folder) {
        return "imap:" + folder;
    }

    public static Optional<MailboxCursor> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        try {
            return Optional.of(new MailboxCursor(Long.parseLong(value.substring(0, colon)),
                    Long.parseLong(value.substring(colon + 1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return uidValidity + ":" + uid;
    }
}
