package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A PostgreSQL older than Tresse supports is refused with its version; newer ones and H2 pass. */
class DatabaseVersionTest {
    @Test
    void an_old_postgresql_is_refused_naming_the_version_found_and_the_one_needed() {
        assertThatThrownBy(() -> Preflight.refuseOld("PostgreSQL", 11, "11.22"))
                .isInstanceOfSatisfying(UnsupportedDatabase.class, refused -> {
                    assertThat(refused.found()).isEqualTo("PostgreSQL 11.22");
                    assertThat(refused.required()).isEqualTo("PostgreSQL 12");
                });
    }

    @Test
    void supported_servers_pass() {
        assertThatCode(() -> Preflight.refuseOld("PostgreSQL", 12, "12.0")).doesNotThrowAnyException();
        assertThatCode(() -> Preflight.refuseOld("PostgreSQL", 17, "17.2")).doesNotThrowAnyException();
        assertThatCode(() -> Preflight.refuseOld("H2", 2, "2.3.232 (2024-08-11)")).doesNotThrowAnyException();
    }
}
