package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.config.Failures.assertPlace;
import static org.tresse.config.Failures.error;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several instances on one PostgreSQL: the shared section, read and refused clearly. */
class SharedStorageConfigTest {
    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void the_shared_section_gives_the_instance_its_name_lease_key_and_directory() {
        TresseConfig config = new ConfigLoader(Map.of("TRESSE_BALLOT_KEY", KEY)::get).load("""
                storage:
                  url: jdbc:postgresql://db.example.org/tresse
                  pool-size: 12
                  shared:
                    instance: tresse-2
                    lease: 20s
                    ballot-key: ${TRESSE_BALLOT_KEY}
                    directory: /srv/tresse
                """, "tresse.yml");
        SharedSettings shared = config.storage().shared();
        assertThat(config.storage().poolSize()).isEqualTo(12);
        assertThat(shared.instance()).isEqualTo("tresse-2");
        assertThat(shared.lease()).isEqualTo(Duration.ofSeconds(20));
        assertThat(shared.ballotKeyBytes()).hasSize(32);
        assertThat(shared.directory()).isEqualTo("/srv/tresse");
        assertThat(config.storage().toString()).doesNotContain(KEY).contains("ballotKey=***");
    }

    @Test
    void alone_on_h2_nothing_is_shared_and_the_pool_keeps_its_default() {
        StorageSettings storage = TresseConfig.defaults().storage();
        assertThat(storage.shared()).isNull();
        assertThat(storage.poolSize()).isEqualTo(StorageSettings.DEFAULT_POOL_SIZE);
    }

    @Test
    void sharing_an_embedded_database_is_refused() {
        ConfigException e = error("storage:\n  url: jdbc:h2:file:./data/tresse\n  shared:\n    instance: a\n");
        assertThat(e.getMessage()).contains("plusieurs instances ne partagent qu’une base PostgreSQL");
        assertThat(e.englishMessage()).contains("several instances share a PostgreSQL database only");
    }

    @Test
    void a_short_or_garbled_ballot_key_is_refused_without_being_shown() {
        ConfigException e = error("storage:\n  url: jdbc:postgresql://db/tresse\n  shared:\n    ballot-key: c2VjcmV0\n");
        assertPlace(e, 4, "storage.shared.ballot-key");
        assertThat(e.getMessage()).contains("au moins 32 octets").contains("openssl rand -base64 32").doesNotContain("c2VjcmV0");
    }

    @Test
    void a_lease_too_short_and_a_bad_name_and_pool_say_how_to_write_them() {
        assertPlace(error("storage:\n  url: jdbc:postgresql://db/tresse\n  shared:\n    lease: 1s\n"), 4, "storage.shared.lease");
        ConfigException name = error("storage:\n  url: jdbc:postgresql://db/tresse\n  shared:\n    instance: tresse n°1\n");
        assertThat(name.getMessage()).contains("instance: tresse-1");
        assertPlace(error("storage:\n  pool-size: 0\n"), 2, "storage.pool-size");
    }
}
