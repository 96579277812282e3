package org.tresse.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.config.TresseConfig;
import org.tresse.core.lease.DatabaseLeases;
import org.tresse.core.lease.LeaseHolder;
import org.tresse.core.poll.BallotKeyProblem;
import org.tresse.core.poll.BallotKeyRotation;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Database;
import org.tresse.core.store.DatabaseProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tresse changer-cle}: a new {@code ballot.key}, Tresse stopped, the secret polls still open
 * keeping every vote (their own keys are wrapped again under the new one, the old one is destroyed).
 * Refused when the key comes from {@code storage.shared.ballot-key} (Tresse cannot change what the
 * configuration gives every instance) and while Tresse or another instance runs. Exit codes: 0 done,
 * 1 bad configuration or a configured key, 3 Tresse running, 4 refused or failed (the message says why).
 */
@Command(name = "changer-cle", aliases = "rotate-key", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class RotateKeyCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RotateKeyCommand.class);

    @Option(names = {"-c", "--config"}, paramLabel = "${bundle:label.fichier:-FICHIER}", descriptionKey = "option.config")
    Path config;

    @Override
    @SuppressWarnings("try") // the lock is held, unread, while the key changes
    public Integer call() {
        Optional<LoadedConfig> loaded = LoadedConfig.loadOrSay(config);
        if (loaded.isEmpty()) {
            return 1;
        }
        TresseConfig settings = loaded.get().config();
        if (settings.storage().shared() != null && settings.storage().shared().ballotKeyBytes() != null) {
            System.err.println(CliTexts.both("changer.cle.configuree"));
            return 1;
        }
        Path directory = StoreWiring.dataDirectory(settings).toAbsolutePath().normalize();
        Optional<Path> embedded = DataDirectoryLock.directoryOf(settings.storage().url());
        try (DataDirectoryLock lock = embedded.isPresent() ? DataDirectoryLock.acquire(embedded.get()) : null;
             Database database = StoreWiring.open(settings)) {
            List<String> running = running(database);
            if (!running.isEmpty()) {
                System.err.println(CliTexts.both("changer.cle.instances", String.join(", ", running)));
                return 3;
            }
            BallotKeyRotation.Outcome outcome = BallotKeyRotation.rotate(database, directory);
            System.out.println(CliTexts.both(outcome.resumed() ? "changer.cle.repris" : "changer.cle.fait",
                    directory.resolve(SecretBallotKey.FILE_NAME), outcome.rewrapped().size()));
            return 0;
        } catch (DataDirectoryLock.AlreadyRunning e) {
            System.err.println(CliTexts.both("changer.cle.en.marche", embedded.orElse(directory)));
            return 3;
        } catch (BallotKeyProblem e) {
            log.warn("The secret ballot key was not changed: {}", e.key());
            RunCommand.say(e.key(), e.arguments());
            return 4;
        } catch (DatabaseProblem e) {
            RunCommand.say(e.key(), e.arguments());
            return 4;
        } catch (IOException | UncheckedIOException e) {
            log.error("Changing the secret ballot key stopped midway", e);
            System.err.println(CliTexts.both("changer.cle.echec", directory));
            return 4;
        }
    }

    /** The instances holding a lease on a shared PostgreSQL now (none on an embedded database: the lock says it). */
    private static List<String> running(Database database) {
        if (!database.isPostgres()) {
            return List.of();
        }
        Instant now = Clock.systemUTC().instant();
        return new DatabaseLeases(database, Clock.systemUTC(), org.tresse.core.lease.LeaseSettings.defaults()).holders().stream()
                .filter(holder -> holder.expiresAt().isAfter(now)).map(LeaseHolder::owner).distinct().sorted().toList();
    }
}
