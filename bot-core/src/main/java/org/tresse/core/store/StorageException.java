package org.tresse.core.store;

/** A failure of the database: never shown to a user, always logged with its context. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean lost;

    public StorageException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StorageException(String message, Throwable cause, boolean lost) {
        super(message, cause);
        this.lost = lost;
    }

    /** The database is lost until a restart ({@link Database#onLost}): said once, with no stack trace each time. */
    static StorageException lost(DatabaseProblem problem) {
        return new StorageException("database lost: " + problem.arguments()[1], null, true);
    }

    /** Whether the database was lost for good: a restart is needed, every loop waits for the stop. */
    public boolean databaseLost() {
        return lost;
    }
}
