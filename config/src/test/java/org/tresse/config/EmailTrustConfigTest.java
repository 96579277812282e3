package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.config.Failures.assertPlace;
import static org.tresse.config.Failures.error;

import org.junit.jupiter.api.Test;

/** The email channel's trust setting and what check only warns about. */
class EmailTrustConfigTest {
    private static final String SERVERS = "    imap: { host: 127.0.0.1, security: none }\n"
            + "    smtp: { host: 127.0.0.1, security: none }\n";

    private static TresseConfig load(String email) {
        return new ConfigLoader(name -> null).load("channels:\n  email:\n" + email + SERVERS, "tresse.yml");
    }

    @Test
    void a_local_test_address_without_a_dot_is_accepted_with_a_warning() {
        TresseConfig config = load("    address: bot@localhost\n");

        assertThat(config.channels().email().address()).isEqualTo("bot@localhost");
        assertThat(config.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.field()).isEqualTo("channels.email.address");
            assertThat(warning.french()).contains("n'a pas de point").contains("serveur d'essai");
            assertThat(warning.english()).contains("has no dot");
        });
    }

    @Test
    void a_broken_address_is_still_refused() {
        ConfigException e = error("channels:\n  email:\n    address: bot@\n" + SERVERS);

        assertPlace(e, 3, "channels.email.address");
        assertThat(e.getMessage()).contains("n'est pas une adresse e-mail");
    }

    @Test
    void tokens_only_is_the_default_and_authserv_id_alone_is_not_read() {
        TresseConfig config = load("    address: tresse@example.org\n    authserv-id: mx.example.org\n");

        EmailSettings email = config.channels().email();
        assertThat(email.trust()).isEqualTo(EmailSettings.Trust.TOKENS_ONLY);
        assertThat(email.trustedAuthservId()).isNull();
        assertThat(config.warnings()).extracting(ConfigWarning::field).containsExactly("channels.email.authserv-id");
    }

    @Test
    void authentication_results_needs_the_servers_authserv_id() {
        ConfigException e = error("channels:\n  email:\n    address: tresse@example.org\n"
                + "    trust: authentication-results\n" + SERVERS);

        assertThat(e.getMessage()).contains("authserv-id").contains("trust: tokens-only");
        TresseConfig config = load("    address: tresse@example.org\n    trust: authentication-results\n"
                + "    authserv-id: MX.example.org\n");
        assertThat(config.channels().email().trustedAuthservId()).isEqualTo("MX.example.org");
        assertThat(config.warnings()).isEmpty();
    }
}
