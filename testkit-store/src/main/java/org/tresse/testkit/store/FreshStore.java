package org.tresse.testkit.store;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * A database of its own for one test, on the store under test: a new H2 in-memory database, or a
 * new PostgreSQL database copied from a migrated template. Closing it drops it (the H2 one goes
 * with its last connection).
 */
public final class FreshStore implements AutoCloseable {
    private final JdbcTarget target;
    private final PostgresServer server;

    private FreshStore(JdbcTarget target, PostgresServer server) {
        this.target = target;
        this.server = server;
    }

    /**
     * A fresh database; on PostgreSQL a copy of the template {@code templateKey}, which
     * {@code prepareTemplate} makes once per JVM (migrate it and close every connection).
     */
    public static FreshStore create(String name, String templateKey, Consumer<JdbcTarget> prepareTemplate) {
        if (StoreKind.underTest() == StoreKind.H2) {
            return new FreshStore(new JdbcTarget("jdbc:h2:mem:" + name + "-" + UUID.randomUUID(), "sa", ""), null);
        }
        PostgresServer server = PostgresServer.shared();
        return new FreshStore(server.createDatabase(templateKey, prepareTemplate), server);
    }

    public JdbcTarget target() {
        return target;
    }

    public StoreKind kind() {
        return server == null ? StoreKind.H2 : StoreKind.POSTGRESQL;
    }

    @Override
    public void close() {
        if (server != null) {
            server.drop(target);
        }
    }
}
