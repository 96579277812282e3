package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tresse.config.TelegramRoom;
import org.tresse.config.TelegramSettings;
import org.tresse.config.WebhookSettings;

class TelegramOptionsTest {
    @Test
    void aConfiguredBotPollsTelegramByDefault() {
        TelegramOptions options = TelegramOptions.from(new TelegramSettings(FakeBotApi.TOKEN, null, "@TresseBot",
                null, null, List.of()));

        assertThat(options.baseUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(options.username()).isEqualTo("TresseBot");
        assertThat(options.webhook()).isNull();
        assertThat(options.token()).isEqualTo(FakeBotApi.TOKEN);
        assertThat(options.rooms()).isEmpty();
    }

    @Test
    void theConfiguredRoomsAreTheGroupsListenedTo() {
        TelegramOptions options = TelegramOptions.from(new TelegramSettings(FakeBotApi.TOKEN, null, null, null, null,
                List.of(new TelegramRoom(-1001234567890L, "cafe"), new TelegramRoom(-4012345678L, null))));

        assertThat(options.rooms()).containsExactlyInAnyOrder(-1001234567890L, -4012345678L);
        assertThat(options.withUsername("Other").rooms()).containsExactlyInAnyOrder(-1001234567890L, -4012345678L);
        assertThat(options.toString()).contains("-4012345678").doesNotContain("AAFakeSecretTokenValue");
    }

    @Test
    void aSelfHostedBotApiServerAndAWebhookAreTakenFromTheSettings() {
        TelegramOptions options = TelegramOptions.from(new TelegramSettings(FakeBotApi.TOKEN, "http://127.0.0.1:8081/", null,
                TelegramSettings.Mode.WEBHOOK, new WebhookSettings("https://bot.example.org/telegram", "s3cret", 0), List.of()));

        assertThat(options.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(options.webhook().url()).isEqualTo(URI.create("https://bot.example.org/telegram"));
        assertThat(options.webhook().path()).isEqualTo("/telegram");
        assertThat(options.toString()).contains("secretToken=***");
        assertThat(options.webhook().secretToken()).isEqualTo("s3cret");
        assertThat(options.toString()).doesNotContain("s3cret").doesNotContain("AAFakeSecretTokenValue");
    }

    @Test
    void aBaseUrlMustBeHttp() {
        assertThatThrownBy(() -> TelegramOptions.of(FakeBotApi.TOKEN, "ftp://example.org"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
    }
}
