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
        return handle.nextNumber("voice_number", "voice");
    }
}
