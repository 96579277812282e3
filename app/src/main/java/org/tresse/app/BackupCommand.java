package org.tresse.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tresse.config.TresseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tresse sauvegarde [--dans DOSSIER]}: a consistent copy of the embedded database and the
 * secret ballots' keys, whether Tresse runs (it makes the copy itself, asked through the data
 * directory) or not. On PostgreSQL it says the {@code pg_dump} recipe. Exit codes: 0 written,
 * 1 bad configuration, 4 failed, 6 PostgreSQL (the recipe is printed).
 */
@Command(name = "sauvegarde", aliases = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class BackupCommand implements Callable<Integer> {
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Option(names = {"--dans", "--into"}, paramLabel = "${bundle:label.dossier:-DOSSIER}", defaultValue = "sauvegardes",
            descriptionKey = "option.backup.into")
    Path parent;

    @Option(names = {"-c", "--config"}, paramLabel = "${bundle:label.fichier:-FICHIER}", descriptionKey = "option.config")
    Path config;

    @Override
    @SuppressWarnings("try") // the lock is held, unread, while the copy is made
    public Integer call() {
        Optional<LoadedConfig> loaded = LoadedConfig.loadOrSay(config);
        if (loaded.isEmpty()) {
            return 1;
        }
        TresseConfig settings = loaded.get().config();
        Optional<Path> dataDirectory = DataDirectoryLock.directoryOf(settings.storage().url());
        if (dataDirectory.isEmpty()) {
            System.out.println(CliTexts.both("sauvegarde.postgresql", StoreWiring.dataDirectory(settings)));
            return 6;
        }
        Path folder = Backups.newFolder(parent, Clock.systemDefaultZone()).toAbsolutePath();
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory.get());
             Connection connection = DriverManager.getConnection(settings.storage().url() + ";IFEXISTS=TRUE", user(settings),
                     password(settings))) {
            Backups.write(connection, dataDirectory.get(), folder);
        } catch (DataDirectoryLock.AlreadyRunning e) {
            return askTheRunningTresse(dataDirectory.get(), folder);
        } catch (IOException | SQLException e) {
            System.err.println(CliTexts.both("sauvegarde.echec", folder));
            return 4;
        }
        System.out.println(CliTexts.both("sauvegarde.faite", folder));
        return 0;
    }

    private static int askTheRunningTresse(Path dataDirectory, Path folder) {
        Path answer = dataDirectory.resolve(BackupDesk.ANSWER);
        try {
            Files.deleteIfExists(answer);
            Path request = Files.writeString(dataDirectory.resolve(BackupDesk.REQUEST + ".tmp"), folder.toString(), StandardCharsets.UTF_8);
            Files.move(request, dataDirectory.resolve(BackupDesk.REQUEST), StandardCopyOption.ATOMIC_MOVE);
            Instant deadline = Instant.now().plus(PATIENCE);
            while (!Files.exists(answer) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            if (!Files.exists(answer)) {
                Files.deleteIfExists(dataDirectory.resolve(BackupDesk.REQUEST));
                System.err.println(CliTexts.both("sauvegarde.pas.de.reponse", PATIENCE.toMinutes()));
                return 4;
            }
            boolean done = Files.readString(answer, StandardCharsets.UTF_8).strip().equals("ok");
            Files.deleteIfExists(answer);
            System.out.println(done ? CliTexts.both("sauvegarde.faite.en.marche", folder) : CliTexts.both("sauvegarde.echec", folder));
            return done ? 0 : 4;
        } catch (IOException e) {
            System.err.println(CliTexts.both("sauvegarde.echec", folder));
            return 4;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 4;
        }
    }

    private static String user(TresseConfig settings) {
        return settings.storage().user() == null ? "" : settings.storage().user();
    }

    private static String password(TresseConfig settings) {
        return settings.storage().password() == null ? "" : settings.storage().password();
    }
}
