package org.tresse.testkit.store;

/** Where a test's database is: what {@code Database.open} takes. */
public record JdbcTarget(String url, String user, String password) {
    @Override
    public String toString() {
        return url + " as " + user;
    }
}
