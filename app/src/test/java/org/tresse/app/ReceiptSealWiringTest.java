package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.core.outbox.ReceiptSeal;

/** What seals the receipts of anonymous voices, as {@code tresse.yml} says: shared by the instances, or this run's. */
class ReceiptSealWiringTest {
    @TempDir
    Path directory;

    private TresseConfig config(String name, String storage) throws Exception {
        Path file = directory.resolve(name + ".yml");
        Files.writeString(file, "association:\n  name: La Tresse\nstorage:\n" + storage);
        return new ConfigLoader().load(file);
    }

    @Test
    void instances_sharing_a_database_open_each_others_receipts_and_a_lone_run_only_its_own() throws Exception {
        String key = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
            20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        String shared = "  url: jdbc:postgresql://localhost:5432/tresse\n  shared:\n    instance: NAME\n    ballot-key: " + key
                + "\n    directory: " + directory.resolve("partage") + "\n";
        ReceiptSeal a = StoreWiring.receiptSeal(config("a", shared.replace("NAME", "a")), Clock.systemUTC());
        ReceiptSeal b = StoreWiring.receiptSeal(config("b", shared.replace("NAME", "b")), Clock.systemUTC());
        String sealed = a.seal("Merci, avis anonyme");
        assertThat(b.open(sealed)).contains("Merci, avis anonyme");
        assertThat(directory.resolve("partage").resolve(StoreWiring.RECEIPT_KEYS)).isDirectory();
        byte[] another = new byte[32];
        java.util.Arrays.fill(another, (byte) 7);
        ReceiptSeal otherKey = StoreWiring.receiptSeal(config("c", shared.replace("NAME", "c")
                .replace(key, Base64.getEncoder().encodeToString(another))), Clock.systemUTC());
        assertThat(otherKey.open(sealed)).as("another association's key").isEmpty();

        String alone = "  url: jdbc:h2:file:" + directory.resolve("data/tresse") + "\n";
        ReceiptSeal run = StoreWiring.receiptSeal(config("d", alone), Clock.systemUTC());
        ReceiptSeal nextRun = StoreWiring.receiptSeal(config("d", alone), Clock.systemUTC());
        assertThat(nextRun.open(run.seal("Merci"))).isEmpty();
        assertThat(directory.resolve("data").resolve(StoreWiring.RECEIPT_KEYS)).doesNotExist();
    }
}
