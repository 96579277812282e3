package org.tresse.testkit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.FreshStore;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.StoreKind;

/**
 * A fresh database per test, every migration applied, on the store under test (H2 in memory, or
 * PostgreSQL in the build's second test run): on a {@code @StoreTest} class,
 * {@code @RegisterExtension final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);}
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback {
    private final List<String> locations;
    private final FreshDatabase<Database> fresh;
    private final List<Runnable> others = new ArrayList<>();

    public TestDatabase(String... extraMigrationLocations) {
        this.locations = List.of(extraMigrationLocations);
        this.fresh = new FreshDatabase<>(templateKey(), this::open);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        fresh.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            others.forEach(Runnable::run);
        } finally {
            others.clear();
            fresh.afterEach(context);
        }
    }

    public Database database() {
        return fresh.database();
    }

    /** Another pool on the same database (a second instance, or a restart), closed by the caller. */
    public Database reopen() {
        return open(fresh.target());
    }

    /** Where the test's database is. */
    public JdbcTarget target() {
        return fresh.target();
    }

    /** A second fresh database for this test (another association), dropped after it. */
    public Database another() {
        FreshStore store = FreshStore.create("another", templateKey(), template -> open(template).close());
        Database database = open(store.target());
        others.add(() -> {
            database.close();
            store.close();
        });
        return database;
    }

    public StoreKind kind() {
        return fresh.kind();
    }

    private String templateKey() {
        return String.join(",", locations);
    }

    private Database open(JdbcTarget target) {
        return Database.open(target.url(), target.user(), target.password(), locations);
    }
}
