package org.tresse.connector.email.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tresse.core.store.Database;

/**
 * The subject and References of mails received (table {@code email_thread}), so an answer
 * says "Re: the subject" and joins the thread in every mail client.
 */
public final class ThreadStore {
    private static final int MAX_SUBJECT = 900;
    private static final int MAX_REFERENCES = 3900;

    private final Database database;
    private final Clock clock;

    public ThreadStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Remembers a received mail; does nothing if it is already known. */
    public void remember(String messageId, String subject, List<String> references) {
        String refs = String.join(" ", references);
        while (refs.length() > MAX_REFERENCES && refs.contains(" ")) {
            refs = refs.substring(refs.indexOf(' ') + 1);
        }
        String storedRefs = refs.length() > MAX_REFERENCES ? "" : refs;
        String storedSubject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        database.useTransaction(handle -> {
            if (handle.count("select count(*) from email_thread where message_id = ?", messageId) == 0) {
                handle.update("insert into email_thread (message_id, subject, refs, received_at) values (?, ?, ?, ?)",
                        messageId, storedSubject, storedRefs, clock.instant());
            }
        });
    }

    /** What is known of a received mail. */
    public Optional<Thread> find(String messageId) {
        return database.inTransaction(handle -> handle.one(
                "select subject, refs from email_thread where message_id = ?",
                row -> new Thread(row.getString(1), row.getString(2).isEmpty() ? List.of()
                        : Arrays.asList(row.getString(2).split(" "))),
                messageId));
    }

    /** Forgets mails received more than {@code age} ago; returns how many. */
    public int forgetOlderThan(Duration age) {
        return database.inTransaction(handle -> handle.update(
                "delete from email_thread where received_at < ?", clock.instant().minus(age)));
    }

    /** A received mail's subject and the ids it referred to. */
    public record Thread(String subject, List<String> references) {}
}
