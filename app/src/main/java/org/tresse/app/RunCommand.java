package org.tresse.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.config.TresseConfig;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.poll.BallotKeyProblem;
import org.tresse.core.store.DatabaseProblem;
import org.tresse.core.store.StorageException;
import org.tresse.core.store.UnsupportedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tresse run}: starts Tresse and runs until SIGTERM / Ctrl-C, or the end of the
 * console's input. Exit codes: 0 stopped cleanly, 1 bad configuration, 3 data directory in use,
 * 4 could not start (the database or the ballot keys), 5 the database was lost while running (a
 * full disk): nothing confirmed is lost, a supervisor restarts Tresse once there is room again.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = {"-c", "--config"}, paramLabel = "${bundle:label.fichier:-FICHIER}", descriptionKey = "option.config")
    Path config;

    @Spec
    CommandSpec spec;

    String speaker;

    /** {@code --as ana}; {@code --as=} with no name is refused as a missing name, not taken as nobody. */
    @Option(names = {"--as", "--en-tant-que"}, paramLabel = "${bundle:label.nom:-NOM}",
            descriptionKey = "option.run.as")
    void speaker(String name) {
        if (name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--as needs a name", spec.findOption("--as"), name);
        }
        speaker = name.strip();
    }

    @Override
    public Integer call() {
        Optional<LoadedConfig> loaded = LoadedConfig.loadOrSay(config);
        if (loaded.isEmpty()) {
            return 1;
        }
        TresseConfig settings = loaded.get().config();
        Optional<Path> dataDirectory = DataDirectoryLock.directoryOf(settings.storage().url());
        DataDirectoryLock lock = null;
        try {
            if (dataDirectory.isPresent()) {
                lock = DataDirectoryLock.acquire(dataDirectory.get());
            }
        } catch (DataDirectoryLock.AlreadyRunning e) {
            System.err.println(CliTexts.both("lancer.en.cours", e.directory()));
            return 3;
        } catch (IOException e) {
            System.err.println(DataDirectoryLock.unwritable(dataDirectory.get()).orElse(DataDirectoryLock.cannotCreate(dataDirectory.get())));
            return 4;
        }
        try {
            LogFile.start(Assembly.dataDirectory(settings));
            return runUntilStopped(settings, loaded.get().file());
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

    private int runUntilStopped(TresseConfig settings, Optional<Path> configFile) {
        CountDownLatch stop = new CountDownLatch(1);
        Signals.onTerminate(stop::countDown);
        boolean interactive = System.console() != null;
        String firstSpeaker = speaker != null ? speaker : defaultSpeaker();
        AtomicReference<DatabaseProblem> lost = new AtomicReference<>();
        TresseApp app;
        try {
            app = TresseApp.start(settings, new ConsoleIo(System.in, System.out, interactive, firstSpeaker, configFile),
                    Clock.systemUTC(), stop::countDown, problem -> {
                        lost.compareAndSet(null, problem);
                        stop.countDown();
                    }, stop);
        } catch (DatabaseWait.Stopped e) {
            return 0;
        } catch (UnsupportedDatabase e) {
            System.err.println(CliTexts.both("base.trop.ancienne", e.found(), e.required()));
            return 4;
        } catch (BallotKeyProblem e) {
            log.error("Tresse does not start: {}", e.getMessage());
            say(e.key(), e.arguments());
            return 4;
        } catch (DatabaseProblem e) {
            log.debug("Tresse could not open its database", e);
            say(e.key(), e.arguments());
            return 4;
        } catch (StorageException | org.flywaydb.core.api.FlywayException e) {
            log.debug("Tresse could not open its database", e);
            DatabaseProblem problem = DatabaseProblem.of(e, settings.storage().url());
            say(problem.key(), problem.arguments());
            return 4;
        }
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
        if (lost.get() != null) {
            say(lost.get().key(), lost.get().arguments());
            return 5;
        }
        return 0;
    }

    /** One message of the core's texts on the error output, in French then English. */
    static void say(String key, Object... arguments) {
        I18n texts = new I18n(Language.FR, List.of());
        System.err.println(texts.texts(Language.FR).get(key, arguments) + "\n(" + texts.texts(Language.EN).get(key, arguments) + ")");
    }

    private static String defaultSpeaker() {
        String name = System.getProperty("user.name", "moi").replaceAll("[^\\p{L}\\p{N}._-]", "");
        return name.isEmpty() ? "moi" : name;
    }
}
