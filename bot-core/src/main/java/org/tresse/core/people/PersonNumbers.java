package org.tresse.core.people;

import org.tresse.core.store.Handle;

/**
 * The next person number, drawn inside the transaction that creates the person (table
 * {@code person_number}, {@code V17_3}): no gap after a rollback or a crash, since the number is
 * committed with the person or not at all, and no sequence of the database's own, which H2
 * commits in a session of its own at each number (its whole store: a batch's uncommitted rows too).
 *
 * <p>The counter's row lock orders the persons created at once, by several threads or several
 * instances on one PostgreSQL: the second waits for the first to commit and then reads its
 * number. The lock is held until the end of the transaction (a Telegram batch: until its commit).
 * The number is past every person already there, so a row written with its own number (a test,
 * a load driver) is never taken again.
 */
final class PersonNumbers {
    private PersonNumbers() {
    }

    static long next(Handle handle) {
        return handle.nextNumber("person_number", "person");
    }
}
