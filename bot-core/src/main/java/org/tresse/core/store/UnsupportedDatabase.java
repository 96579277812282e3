package org.tresse.core.store;

/** A database server older than Tresse supports: said with the version found and the one needed. */
public final class UnsupportedDatabase extends StorageException {
    private static final long serialVersionUID = 1L;

    private final String found;
    private final String required;

    public UnsupportedDatabase(String found, String required) {
        super(found + " is older than Tresse supports (" + required + " or later)", null);
        this.found = found;
        this.required = required;
    }

    /** The server, as it names itself, e.g. {@code PostgreSQL 11.22}. */
    public String found() {
        return found;
    }

    /** The oldest supported, e.g. {@code PostgreSQL 12}. */
    public String required() {
        return required;
    }
}
