package org.tresse.testkit.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway PostgreSQL server: a cluster made by {@code initdb} in a temporary directory (data
 * and socket), started by {@code pg_ctl} on a free loopback port, without durability for tests (fsync
 * off: nothing here must survive the machine) or with it for benchmarks, deleted when closed. {@link #shared()} is the one server
 * of this JVM; tests that stop and start a server make their own with {@link #start()}.
 */
public final class PostgresServer implements AutoCloseable {
    static final String USER = "tresse";
    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static PostgresServer shared;

    private final PostgresBinaries binaries;
    private final Path directory;
    private final int port;
    private final boolean durable;
    private final Map<String, String> templates = new HashMap<>();
    private final AtomicInteger databases = new AtomicInteger();
    private boolean running;

    private PostgresServer(PostgresBinaries binaries, Path directory, int port, boolean durable) {
        this.binaries = binaries;
        this.directory = directory;
        this.port = port;
        this.durable = durable;
    }

    /** The server of this JVM, started at the first call and stopped when the JVM ends. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            PostgresServer server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-stop"));
            shared = server;
        }
        return shared;
    }

    /** Stops the server of this JVM, if started (at the end of a JUnit run; a shutdown hook otherwise). */
    public static synchronized void stopShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    /** A new server of its own (for a test that stops it); the caller closes it. */
    public static PostgresServer start() {
        return start(false);
    }

    /**
     * A new server of its own; {@code durable}: every commit on disk before it returns (fsync on,
     * as in production), for benchmarks; otherwise nothing is synced (tests).
     */
    public static PostgresServer start(boolean durable) {
        PostgresBinaries binaries = PostgresBinaries.find();
        long began = System.nanoTime();
        Path directory;
        try {
            directory = Files.createTempDirectory("tresse-pg-");
            if (binaries.asOtherUser()) {
                UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(PostgresBinaries.SYSTEM_USER);
                Files.setOwner(directory, owner);
            }
        } catch (IOException e) {
            throw new IllegalStateException("No temporary directory for PostgreSQL owned by the user "
                    + PostgresBinaries.SYSTEM_USER + " (" + e + "). " + PostgresBinaries.INSTALL, e);
        }
        Processes.run(directory, binaries.command("initdb", "-D", directory.resolve("data").toString(), "-U", USER,
                "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"));
        PostgresServer server = new PostgresServer(binaries, directory, freePort(), durable);
        server.startServer();
        log.info("PostgreSQL for tests ready on 127.0.0.1:{} in {} ms ({})", server.port, (System.nanoTime() - began) / 1_000_000,
                directory);
        return server;
    }

    /** Starts this stopped server again, on the same port, with its data. */
    public synchronized void startServer() {
        Processes.run(directory, binaries.command("pg_ctl", "-D", directory.resolve("data").toString(), "-w", "-t", "120",
                "-l", directory.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c max_connections=400"
                        + (durable ? " -c shared_buffers=128MB"
                                : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB"),
                "start"));
        running = true;
    }

    /** Stops the server at once (connections are cut), keeping its data for {@link #startServer()}. */
    public synchronized void stopServer() {
        if (running) {
            running = false;
            Processes.run(directory, binaries.command("pg_ctl", "-D", directory.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        }
    }

    public int port() {
        return port;
    }

    /** The server's maintenance database, as the superuser. */
    public JdbcTarget admin() {
        return target("postgres");
    }

    /**
     * A new empty database, or a copy of the template {@code key}: made once by {@code prepare}
     * (which migrates it and closes every connection), copied by {@code CREATE DATABASE … TEMPLATE}.
     */
    public synchronized JdbcTarget createDatabase(String key, Consumer<JdbcTarget> prepare) {
        String name = "t" + databases.incrementAndGet();
        if (key == null) {
            execute("create database " + name);
            return target(name);
        }
        String template = templates.get(key);
        if (template == null) {
            template = "template_" + (templates.size() + 1);
            execute("create database " + template);
            try {
                prepare.accept(target(template));
            } catch (RuntimeException | Error e) {
                execute("drop database if exists " + template + " with (force)");
                throw e;
            }
            templates.put(key, template);
        }
        execute("create database " + name + " template " + template);
        return target(name);
    }

    /** Drops a database made by {@link #createDatabase}, cutting any connection a test left open. */
    public synchronized void drop(JdbcTarget database) {
        if (running) {
            execute("drop database if exists " + name(database) + " with (force)");
        }
    }

    /** Runs one statement on the maintenance database. */
    public synchronized void execute(String sql) {
        JdbcTarget admin = admin();
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests refused " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            stopServer();
        } catch (RuntimeException e) {
            log.warn("Stopping the PostgreSQL for tests failed: {}", e.toString());
        }
        Processes.deleteTree(directory);
    }

    private JdbcTarget target(String database) {
        return new JdbcTarget("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER, "");
    }

    private static String name(JdbcTarget database) {
        return database.url().substring(database.url().lastIndexOf('/') + 1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for PostgreSQL", e);
        }
    }
}
