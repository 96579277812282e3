package org.tresse.testkit;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tresse.core.store.Database;

/**
 * A fresh H2 in-memory database per test, every migration applied:
 * {@code @RegisterExtension final TestDatabase db = new TestDatabase("classpath:db/migration/polls");}
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback {
    private final List<String> locations;
    private Database database;

    public TestDatabase(String... extraMigrationLocations) {
        this.locations = List.of(extraMigrationLocations);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        database = Database.inMemory("test-" + UUID.randomUUID(), locations);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public Database database() {
        if (database == null) {
            throw new IllegalStateException("the database exists only while a test runs");
        }
        return database;
    }
}
