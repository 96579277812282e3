package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.config.Failures.assertPlace;
import static org.tresse.config.Failures.error;

import org.junit.jupiter.api.Test;

/** The webhook is received on the web pages' port: a port of its own is said to be obsolete, a webhook without pages refused. */
class TelegramWebhookConfigTest {
    private static final String WEBHOOK = """
            channels:
              telegram:
                token: ${TELEGRAM_TOKEN}
                mode: webhook
                webhook: { url: https://bot.example.org/hook/tresse, secret-token: ${TELEGRAM_WEBHOOK_SECRET}%s }
            """;

    private static TresseConfig load(String yaml) {
        return new ConfigLoader(ConfigLoaderTest.ENV::get).load(yaml, "tresse.yml");
    }

    @Test
    void aWebhookWithoutAPortOfItsOwnIsServedAtItsPathAndWarnsOfNothing() {
        TresseConfig config = load(WEBHOOK.formatted(""));

        assertThat(config.channels().telegram().webhook().port()).isZero();
        assertThat(config.channels().telegram().webhook().path()).isEqualTo("/hook/tresse");
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void aPortLeftFromBeforeIsSaidToBeObsoleteWithWhereTheWebhookIsNow() {
        TresseConfig config = load(WEBHOOK.formatted(", port: 8443") + "web:\n  listen: 127.0.0.1:8181\n");

        assertThat(config.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.field()).isEqualTo("channels.telegram.webhook.port");
            assertThat(warning.french()).contains("n'est plus utilisé").contains("web: listen: 127.0.0.1:8181")
                    .contains("Retirez port: 8443").contains("http://127.0.0.1:8181/hook/tresse");
            assertThat(warning.english()).contains("no longer used").contains("Remove port: 8443")
                    .contains("http://127.0.0.1:8181/hook/tresse");
        });
    }

    @Test
    void aWebhookNeedsTheWebPages() {
        ConfigException e = error(WEBHOOK.formatted("") + "web:\n  enabled: false\n");

        assertPlace(e, 4, "channels.telegram.mode");
        assertThat(e.getMessage()).contains("le mode webhook a besoin des pages web").contains("mode: long-polling");
        assertThat(e.englishMessage()).contains("webhook mode needs the web pages");
        assertThat(load(WEBHOOK.formatted("").replace("mode: webhook", "mode: long-polling") + "web:\n  enabled: false\n")
                .web().enabled()).isFalse();
    }
}
