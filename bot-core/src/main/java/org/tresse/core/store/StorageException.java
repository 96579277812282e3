package org.tresse.core.store;

/** A failure of the database: never shown to a user, always logged with its context. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
