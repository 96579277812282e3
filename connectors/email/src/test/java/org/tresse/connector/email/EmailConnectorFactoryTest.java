package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.config.EmailSettings;
import org.tresse.config.MailServerSettings;
import org.tresse.config.Rate;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.i18n.Language;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class EmailConnectorFactoryTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    @Test
    void the_configuration_section_becomes_the_connector_options() {
        EmailSettings settings = new EmailSettings("Tresse@Mon-Asso.fr", "parole@mon-asso.fr", null, "mx.mon-asso.fr",
                EmailSettings.Trust.AUTHENTICATION_RESULTS, Rate.parse("2/s"),
                new MailServerSettings("imap.mon-asso.fr", 0, MailServerSettings.Security.SSL, null, "secret", null, "Traités"),
                new MailServerSettings("smtp.mon-asso.fr", 0, MailServerSettings.Security.STARTTLS, null, "secret", null, null));

        EmailConnector connector = EmailConnector.create(settings, "La Tresse", null, Language.FR, db.database(), Clock.systemUTC());

        EmailOptions options = connector.options();
        assertThat(options.address()).isEqualTo("tresse@mon-asso.fr");
        assertThat(options.fromName()).isEqualTo("La Tresse");
        assertThat(options.authservId()).isEqualTo("mx.mon-asso.fr");
        assertThat(options.imap()).isEqualTo(new MailServer("imap.mon-asso.fr", 993, MailServer.Security.SSL,
                "Tresse@Mon-Asso.fr", "secret", "INBOX", "Traités"));
        assertThat(options.smtp().port()).isEqualTo(587);
        assertThat(options.smtp().security()).isEqualTo(MailServer.Security.STARTTLS);
        assertThat(options.idleRenewal()).isLessThanOrEqualTo(Duration.ofMinutes(25));
        assertThat(connector.capabilities().rateLimits().overall()).isEqualTo(new RateLimit(2, Duration.ofSeconds(1)));
        assertThat(connector.capabilities().nativePolls()).isFalse();
        assertThat(options.imap().toString()).doesNotContain("secret");
    }
}
