package org.tresse.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.tresse.config.SharedSettings;
import org.tresse.config.StorageSettings;
import org.tresse.config.TresseConfig;
import org.tresse.core.lease.LeaseSettings;
import org.tresse.core.outbox.ReceiptSeal;
import org.tresse.core.poll.BallotKeyCheck;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Database;

/**
 * The store and what instances sharing it share, from {@code storage} in the configuration: the
 * pool, this instance's name and lease time, the directory and the secret ballots' master key.
 */
final class StoreWiring {
    /** The directory of the receipts' keys, in the shared directory. */
    static final String RECEIPT_KEYS = "receipt-keys";
    private static final String RECEIPT_SEAL = "receipt seal";

    private StoreWiring() {}

    /** The database with this instance's pool, every migration applied. */
    static Database open(TresseConfig config) {
        StorageSettings storage = config.storage();
        return Database.open(storage.url(), storage.user(), storage.password(), ConnectorWiring.migrations(config), storage.poolSize());
    }

    /** This instance's name and lease time (a shared PostgreSQL uses them; an embedded database ignores them). */
    static LeaseSettings leases(TresseConfig config) {
        SharedSettings shared = config.storage().shared();
        if (shared == null) {
            return LeaseSettings.defaults();
        }
        return new LeaseSettings(shared.instance() != null ? shared.instance() : LeaseSettings.defaultInstance(), shared.lease());
    }

    /** Where the embedded database, the ballot keys and the printed files live: the shared directory, if any. */
    static Path dataDirectory(TresseConfig config) {
        Optional<String> shared = Optional.ofNullable(config.storage().shared()).map(SharedSettings::directory);
        if (shared.isPresent()) {
            return Path.of(shared.get());
        }
        return DataDirectoryLock.directoryOf(config.storage().url()).orElse(Path.of("data"));
    }

    /** The master key of secret ballots: the configured one (the same for every instance), else {@code ballot.key}. */
    static SecretBallotKey ballotKey(TresseConfig config) {
        byte[] configured = config.storage().shared() == null ? null : config.storage().shared().ballotKeyBytes();
        Path directory = dataDirectory(config);
        return configured != null ? SecretBallotKey.of(configured, directory) : SecretBallotKey.inDirectory(directory);
    }

    /**
     * What seals the receipts of anonymous voices: alone, a key of this run; several instances on one
     * database, keys in {@code receipt-keys/} of the shared directory, wrapped under a key derived from
     * the secret ballots' master (the configured one), so that a receipt sealed by an instance that died
     * is sent by another, and neither the database nor the directory alone opens it.
     */
    static ReceiptSeal receiptSeal(TresseConfig config, Clock clock) {
        if (config.storage().shared() == null) {
            return ReceiptSeal.ofThisRun();
        }
        return ReceiptSeal.shared(dataDirectory(config).resolve(RECEIPT_KEYS), ballotKey(config).subkey(RECEIPT_SEAL), clock);
    }

    /**
     * Before any message: the secret ballots' keys are there and right, or Tresse does not start.
     *
     * @throws org.tresse.core.poll.BallotKeyProblem saying why
     */
    static void checkBallotKeys(Database database, TresseConfig config, Clock clock) {
        byte[] configured = config.storage().shared() == null ? null : config.storage().shared().ballotKeyBytes();
        if (configured != null) {
            BallotKeyCheck.atStart(database, SecretBallotKey.of(configured, dataDirectory(config)), clock);
        } else {
            BallotKeyCheck.atStart(database, dataDirectory(config), clock);
        }
    }
}
