package org.tresse.core.store;

import java.util.List;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.FreshStore;
import org.tresse.testkit.store.JdbcTarget;

/**
 * The core's tests' database, on the store under test (bot-core cannot use the testkit, which
 * depends on it): {@code @RegisterExtension final FreshDatabase<Database> db = CoreDatabase.perTest();}
 * on a {@code @StoreTest} class.
 */
public final class CoreDatabase {
    private CoreDatabase() {
    }

    /** A fresh database per test, the core's migrations applied. */
    public static FreshDatabase<Database> perTest() {
        return new FreshDatabase<>("", CoreDatabase::open);
    }

    /** A fresh database outside an extension (a fixture, a property): close it after its pools. */
    public static FreshStore fresh(String name) {
        return FreshStore.create(name, "", target -> open(target).close());
    }

    /** A pool on {@code target}, migrated. */
    public static Database open(JdbcTarget target) {
        return Database.open(target.url(), target.user(), target.password(), List.of());
    }
}
