package org.tresse.testkit.store;

import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database per test, opened by {@code opener} on the store under test ({@link StoreKind}):
 * {@code @RegisterExtension final FreshDatabase<Database> db = new FreshDatabase<>("core", target -> Database.open(…));}.
 * The test class must be a {@link StoreTest}: it then runs on H2 and again on PostgreSQL.
 *
 * @param <D> what the opener gives (a {@code Database}), closed after the test
 */
public final class FreshDatabase<D extends AutoCloseable> implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FreshDatabase.class);
    private final String templateKey;
    private final Function<JdbcTarget, D> opener;
    private FreshStore store;
    private D database;

    /** {@code templateKey} names what {@code opener} migrates (the same key, the same schema). */
    public FreshDatabase(String templateKey, Function<JdbcTarget, D> opener) {
        this.templateKey = templateKey;
        this.opener = opener;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!context.getTags().contains(StoreTest.TAG)) {
            throw new IllegalStateException(context.getRequiredTestClass().getName() + " opens a database: annotate it "
                    + "@StoreTest (org.tresse.testkit.store) so that it runs on PostgreSQL too.");
        }
        if (StoreKind.underTest() == StoreKind.POSTGRESQL) {
            // the JVM's server stops when the whole run ends
            context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(PostgresServer.class,
                    key -> (ExtensionContext.Store.CloseableResource) PostgresServer::stopShared);
        }
        store = FreshStore.create("test", templateKey, template -> close(opener.apply(template)));
        database = opener.apply(store.target());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (database != null) {
                close(database);
            }
        } finally {
            database = null;
            if (store != null) {
                store.close();
                store = null;
            }
        }
    }

    public D database() {
        if (database == null) {
            throw new IllegalStateException("the database exists only while a test runs");
        }
        return database;
    }

    /** Where the database is, to open it again (a restart) while the test runs. */
    public JdbcTarget target() {
        if (store == null) {
            throw new IllegalStateException("the database exists only while a test runs");
        }
        return store.target();
    }

    public StoreKind kind() {
        return store == null ? StoreKind.underTest() : store.kind();
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the test database failed", e);
        }
    }
}
