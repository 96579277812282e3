package org.tresse.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tresse.config.TresseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tresse restaurer DOSSIER}: puts a backup made by {@code tresse sauvegarde} back, Tresse
 * stopped; the data directory as it was is moved aside, never deleted. On PostgreSQL it says the
 * {@code pg_restore} recipe. Exit codes: 0 restored, 1 bad configuration, 2 not a backup,
 * 3 Tresse running, 4 failed, 6 PostgreSQL (the recipe is printed).
 */
@Command(name = "restaurer", aliases = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "${bundle:label.dossier:-DOSSIER}", descriptionKey = "option.restore.folder")
    Path folder;

    @Option(names = {"-c", "--config"}, paramLabel = "${bundle:label.fichier:-FICHIER}", descriptionKey = "option.config")
    Path config;

    @Override
    public Integer call() {
        Optional<LoadedConfig> loaded = LoadedConfig.loadOrSay(config);
        if (loaded.isEmpty()) {
            return 1;
        }
        TresseConfig settings = loaded.get().config();
        Optional<Path> dataDirectory = DataDirectoryLock.directoryOf(settings.storage().url());
        if (dataDirectory.isEmpty()) {
            System.out.println(CliTexts.both("restaurer.postgresql", StoreWiring.dataDirectory(settings)));
            return 6;
        }
        if (!Backups.isBackup(folder)) {
            System.err.println(CliTexts.both("restaurer.pas.une.sauvegarde", folder, Backups.DATABASE));
            return 2;
        }
        Path aside;
        try {
            // Tresse must be stopped; the lock file moves aside with the rest, so it is let go first
            DataDirectoryLock.acquire(dataDirectory.get()).close();
            aside = Backups.restore(folder, dataDirectory.get(), Clock.systemDefaultZone());
        } catch (DataDirectoryLock.AlreadyRunning e) {
            System.err.println(CliTexts.both("restaurer.en.cours", e.directory()));
            return 3;
        } catch (IOException e) {
            System.err.println(CliTexts.both("restaurer.echec", folder, dataDirectory.get()));
            return 4;
        }
        System.out.println(CliTexts.both("restaurer.fait", folder, dataDirectory.get(), aside));
        if (!Backups.hasMasterKey(folder)) {
            System.out.println(CliTexts.both("restaurer.sans.cle", Backups.MASTER_KEY));
        }
        return 0;
    }
}
