package org.tresse.app;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tresse.config.StorageSettings;
import org.tresse.config.TresseConfig;
import org.tresse.core.store.Database;
import org.tresse.core.store.StorageException;
import org.tresse.core.store.UnsupportedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tresse migrer --vers jdbc:postgresql://…}: copies the stopped H2 database into an empty
 * PostgreSQL one (migrated to the same version first), in one transaction, checks the rows of
 * every table, and refuses a target that holds anything. Exit codes: 0 copied, 1 bad configuration,
 * 2 bad address, 3 Tresse running, 4 failed (nothing kept), 5 the target is not empty.
 */
@Command(name = "migrer", aliases = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class MigrateCommand implements Callable<Integer> {
    @Option(names = {"--vers", "--to"}, required = true, paramLabel = "${bundle:label.url:-URL}", descriptionKey = "option.migrate.to")
    String target;

    @Option(names = {"--utilisateur", "--user"}, paramLabel = "${bundle:label.nom:-NOM}", descriptionKey = "option.migrate.user")
    String user;

    @Option(names = {"--mot-de-passe-env", "--password-env"}, paramLabel = "${bundle:label.variable:-VARIABLE}",
            defaultValue = "TRESSE_DB_PASSWORD",
            descriptionKey = "option.migrate.password")
    String passwordVariable;

    @Option(names = {"-c", "--config"}, paramLabel = "${bundle:label.fichier:-FICHIER}", descriptionKey = "option.config")
    Path config;

    @Override
    @SuppressWarnings("try") // the lock is held, unread, for as long as the copy runs
    public Integer call() {
        Optional<LoadedConfig> loaded = LoadedConfig.loadOrSay(config);
        if (loaded.isEmpty()) {
            return 1;
        }
        TresseConfig settings = loaded.get().config();
        StorageSettings source = settings.storage();
        Optional<Path> dataDirectory = DataDirectoryLock.directoryOf(source.url());
        if (dataDirectory.isEmpty()) {
            System.err.println(CliTexts.both("migrer.source.pas.h2", Database.redact(source.url())));
            return 2;
        }
        if (!target.startsWith("jdbc:postgresql://")) {
            System.err.println(CliTexts.both("migrer.cible.pas.postgresql", Database.redact(target)));
            return 2;
        }
        String password = System.getenv(passwordVariable);
        List<String> locations = ConnectorWiring.migrations(settings);
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory.get());
             Database from = Database.open(source.url(), source.user(), source.password(), locations)) {
            SeededRows seeded = SeededRows.of(locations);
            Optional<StoreCopy.Counted> occupied = occupied(password, seeded);
            if (occupied.isPresent()) {
                System.err.println(CliTexts.both("migrer.cible.pas.vide", occupied.get().table(), occupied.get().source()));
                return 5;
            }
            try (Database to = Database.open(target, user, password, locations, 2)) {
                return copy(from, to, seeded, dataDirectory.get());
            }
        } catch (DataDirectoryLock.AlreadyRunning e) {
            System.err.println(CliTexts.both("migrer.en.cours", e.directory()));
            return 3;
        } catch (UnsupportedDatabase e) {
            System.err.println(CliTexts.both("base.trop.ancienne", e.found(), e.required()));
            return 4;
        } catch (IOException | SQLException | RuntimeException e) {
            boolean away = DatabaseWait.unreachable(e);
            System.err.println(CliTexts.both(away ? "migrer.cible.injoignable" : "migrer.echec", Database.redact(target)));
            return 4;
        }
    }

    /** The first row the target already holds (what its migrations wrote aside), looked at before anything is written there. */
    private Optional<StoreCopy.Counted> occupied(String password, SeededRows seeded) throws SQLException {
        try (Connection connection = java.sql.DriverManager.getConnection(target, user, password)) {
            return StoreCopy.firstNonEmpty(connection, seeded);
        }
    }

    private int copy(Database from, Database to, SeededRows seeded, Path dataDirectory) {
        List<StoreCopy.Counted> counted;
        try {
            counted = from.inTransaction(source -> to.inTransaction(destination -> {
                List<StoreCopy.Counted> tables = copyAll(source.connection(), destination.connection(), seeded);
                Optional<StoreCopy.Counted> wrong = tables.stream().filter(table -> !table.same()).findFirst();
                if (wrong.isPresent()) {
                    throw new CountMismatch(wrong.get());
                }
                return tables;
            }));
        } catch (CountMismatch e) {
            System.err.println(CliTexts.both("migrer.compte.faux", e.table.table(), e.table.source(), e.table.target()));
            return 4;
        }
        long rows = 0;
        for (StoreCopy.Counted table : counted) {
            if (table.source() > 0) {
                System.out.println(CliTexts.both("migrer.table", table.table(), table.source()));
            }
            rows += table.source();
        }
        System.out.println(CliTexts.both("migrer.fini", rows, counted.size(), Database.redact(target),
                dataDirectory.resolve("ballot.key"), dataDirectory.resolve("ballot-keys")));
        return 0;
    }

    private static List<StoreCopy.Counted> copyAll(Connection source, Connection target, SeededRows seeded) {
        try {
            return StoreCopy.copy(source, target, seeded);
        } catch (SQLException e) {
            throw new StorageException("the copy failed", e);
        }
    }

    /** The counts differ: the target's transaction is rolled back. */
    private static final class CountMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StoreCopy.Counted table;

        CountMismatch(StoreCopy.Counted table) {
            super("rows differ in " + table.table());
            this.table = table;
        }
    }
}
