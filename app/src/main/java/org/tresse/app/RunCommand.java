package org.tresse.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.config.ConfigException;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.poll.BallotKeyProblem;
import org.tresse.core.store.StorageException;
import org.tresse.core.store.UnsupportedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tresse run}: starts Tresse and runs until SIGTERM / Ctrl-C, or the end of the
 * console's input. Exit codes: 0 stopped cleanly, 1 bad configuration, 3 data directory in use,
 * 4 could not start.
 */
@Command(name = "run", description = {"Démarre Tresse.", "Starts Tresse."})
final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = {"-c", "--config"}, description = "Fichier de configuration (défaut : tresse.yml, sinon réglages intégrés)")
    Path config;

    @Option(names = {"--as", "--en-tant-que"}, description = "Qui parle d’abord dans la console (défaut : votre nom d’utilisateur)")
    String speaker;

    @Override
    public Integer call() {
        TresseConfig settings;
        try {
            settings = loadConfig();
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.err.println(e.englishMessage());
            return 1;
        }
        Optional<Path> dataDirectory = DataDirectoryLock.directoryOf(settings.storage().url());
        DataDirectoryLock lock = null;
        try {
            if (dataDirectory.isPresent()) {
                lock = DataDirectoryLock.acquire(dataDirectory.get());
            }
        } catch (DataDirectoryLock.AlreadyRunning e) {
            System.err.println("Un autre Tresse utilise déjà le dossier de données " + e.directory()
                    + ". Arrêtez-le d’abord (ou choisissez un autre dossier dans tresse.yml, storage.url)."
                    + "\n(Another Tresse is already using the data directory " + e.directory() + ". Stop it first.)");
            return 3;
        } catch (IOException e) {
            System.err.println("Impossible de créer le dossier de données " + dataDirectory.get() + " : vérifiez les droits."
                    + "\n(Cannot create the data directory " + dataDirectory.get() + ": check permissions.)");
            return 4;
        }
        try {
            return runUntilStopped(settings);
        } finally {
            if (lock != null) {
                try {
                    lock.close();
                } catch (IOException e) {
                    log.warn("Releasing the data directory lock failed", e);
                }
            }
        }
    }

    private TresseConfig loadConfig() {
        ConfigLoader loader = new ConfigLoader();
        if (config != null) {
            return loader.load(config);
        }
        Path standard = Path.of(Main.DEFAULT_CONFIG);
        return Files.exists(standard) ? loader.load(standard) : TresseConfig.defaults();
    }

    private int runUntilStopped(TresseConfig settings) {
        CountDownLatch stop = new CountDownLatch(1);
        Signals.onTerminate(stop::countDown);
        boolean interactive = System.console() != null;
        String firstSpeaker = speaker != null ? speaker : defaultSpeaker();
        TresseApp app;
        try {
            app = TresseApp.start(settings, new ConsoleIo(System.in, System.out, interactive, firstSpeaker),
                    Clock.systemUTC(), stop::countDown, stop);
        } catch (DatabaseWait.Stopped e) {
            return 0;
        } catch (UnsupportedDatabase e) {
            System.err.println(CliTexts.both("base.trop.ancienne", e.found(), e.required()));
            return 4;
        } catch (BallotKeyProblem e) {
            log.error("Tresse does not start: {}", e.getMessage());
            I18n texts = new I18n(Language.FR, List.of());
            System.err.println(texts.texts(Language.FR).get(e.key(), e.arguments()) + "\n("
                    + texts.texts(Language.EN).get(e.key(), e.arguments()) + ")");
            return 4;
        } catch (StorageException | org.flywaydb.core.api.FlywayException e) {
            log.error("Tresse could not open its database", e);
            System.err.println("Tresse n’a pas pu ouvrir sa base de données (" + settings.storage().url().replaceAll("(?i)password=[^;&]*", "password=***")
                    + "). Le détail est dans le journal ci-dessus.\n(Tresse could not open its database; details in the log above.)");
            return 4;
        }
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
        return 0;
    }

    private static String defaultSpeaker() {
        String name = System.getProperty("user.name", "moi").replaceAll("[^\\p{L}\\p{N}._-]", "");
        return name.isEmpty() ? "moi" : name;
    }
}
