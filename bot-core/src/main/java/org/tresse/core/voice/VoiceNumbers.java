package org.tresse.core.voice;

import org.tresse.core.store.Handle;

/**
 * The next voice number, drawn inside the transaction that records the voice (table
 * {@code voice_number}, {@code V17_5}), as {@code core.people.PersonNumbers} draws person
 * numbers: no gap after a rollback or a crash, and no sequence of the database's own, which H2
 * commits in a session of its own at each number (its whole store: a batch's uncommitted rows too).
 * The counter's row lock orders voices recorded at once, by several threads or several instances
 * on one PostgreSQL, until the commit. The number is past every voice already there.
 */
final class VoiceNumbers {
    private VoiceNumbers() {
    }

    static long next(Handle handle) {
        handle.update("update voice_number set last_number = "
                + "greatest(last_number, (select coalesce(max(id), 0) from voice)) + 1 where id = 1");
        return handle.count("select last_number from voice_number where id = 1");
    }
}
