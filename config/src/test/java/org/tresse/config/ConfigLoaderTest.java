package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    static final Map<String, String> ENV = Map.of(
            "DB_PASSWORD", "db-s3cret",
            "TELEGRAM_TOKEN", "123456:AAH-tok#en: x",
            "TELEGRAM_WEBHOOK_SECRET", "hook_secret",
            "MATRIX_PASSWORD", "mx\"pa\\ss",
            "MATRIX_TOKEN", "syt_matrix_token",
            "IMAP_PASSWORD", "imap-pass",
            "SMTP_PASSWORD", "smtp-pass");

    private final ConfigLoader loader = new ConfigLoader(ENV::get);

    static String resource(String name) throws IOException {
        try (InputStream in = ConfigLoaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void loadsTheFullExampleWithItsEnvironment() throws IOException {
        TresseConfig config = loader.load(resource("full.yml"), "tresse.yml");

        assertThat(config.association().name()).isEqualTo("La Tresse");
        assertThat(config.association().language()).isEqualTo(AssociationSettings.Language.FR);
        assertThat(config.association().timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(config.storage().password()).isEqualTo("db-s3cret");
        assertThat(config.groups()).extracting(GroupSettings::id).containsExactly("cafe", "bureau");
        assertThat(config.groups()).extracting(GroupSettings::open).containsExactly(true, false);
        assertThat(config.group("cafe")).map(GroupSettings::name).contains("Café associatif");
        assertThat(config.admins()).containsExactly("console:ana", "telegram:123456");
        assertThat(config.roles()).containsExactly(
                new RoleGrant("telegram:42", RoleGrant.Role.COORDINATOR, "cafe"));
        RateLimitSettings telegramLimits = config.delivery().rateLimitsFor("telegram");
        assertThat(telegramLimits.overall()).isEqualTo(new Rate(30, Duration.ofSeconds(1)));
        assertThat(telegramLimits.perChat()).isEqualTo(Rate.parse("1/s"));
        assertThat(telegramLimits.perGroup()).isEqualTo(new Rate(20, Duration.ofMinutes(1)));
        assertThat(config.delivery().rateLimitsFor("matrix")).isEqualTo(RateLimitSettings.NONE);
        assertThat(config.digest().every()).isEqualTo(Duration.ofDays(7));

        ChannelsSettings channels = config.channels();
        assertThat(channels.consoleEnabled()).isTrue();
        TelegramSettings telegram = channels.telegram();
        assertThat(telegram.token()).isEqualTo("123456:AAH-tok#en: x");
        assertThat(telegram.baseUrl()).isEqualTo("https://api.telegram.org");
        assertThat(telegram.username()).isEqualTo("TresseBot");
        assertThat(telegram.mode()).isEqualTo(TelegramSettings.Mode.LONG_POLLING);
        assertThat(telegram.webhook()).isEqualTo(
                new WebhookSettings("https://bot.example.org/telegram", "hook_secret", 0));
        assertThat(telegram.rooms()).containsExactly(new TelegramRoom(-1001234567890L, "cafe"));
        MatrixSettings matrix = channels.matrix();
        assertThat(matrix.user()).isEqualTo("@tresse:example.org");
        assertThat(matrix.password()).isEqualTo("mx\"pa\\ss");
        assertThat(matrix.accessToken()).isEqualTo("syt_matrix_token");
        assertThat(matrix.rooms()).containsExactly(new MatrixRoom("!abc:example.org", "cafe"));
        EmailSettings email = channels.email();
        assertThat(email.feedbackAddress()).isEqualTo("parole@example.org");
        assertThat(email.authservId()).isEqualTo("mx.example.org");
        assertThat(email.trustedAuthservId()).isEqualTo("mx.example.org");
        assertThat(email.rate()).hasToString("1/s");
        assertThat(email.imap()).isEqualTo(new MailServerSettings("imap.example.org", 993,
                MailServerSettings.Security.SSL, "tresse@example.org", "imap-pass", "INBOX", "Traités"));
        assertThat(email.smtp().port()).isEqualTo(587);
        assertThat(email.smtp().security()).isEqualTo(MailServerSettings.Security.STARTTLS);
        assertThat(email.smtp().password()).isEqualTo("smtp-pass");
    }

    @Test
    void anEmptyFileOrAFileOfCommentsIsSaidEmptyNotValid() {
        // issue 12, item 13: an empty file was "valid"; it is a slip (cut short, a wrong copy)
        for (String empty : new String[] {"", "# rien encore\n\n   # toujours rien\n", "---\n"}) {
            assertThat(Failures.error(loader, empty).getMessage()).contains("ce fichier est vide")
                    .contains("./tresse init").contains("supprimez-le pour démarrer sur les réglages intégrés");
        }
    }

    @Test
    void theDefaultsAreH2TheConsoleFrenchAndParis() {
        TresseConfig defaults = TresseConfig.defaults();

        assertThat(defaults.storage().url()).isEqualTo("jdbc:h2:file:./data/tresse");
        assertThat(defaults.channels().consoleEnabled()).isTrue();
        assertThat(defaults.channels().telegram()).isNull();
        assertThat(defaults.association().language()).isEqualTo(AssociationSettings.Language.FR);
        assertThat(defaults.association().timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(defaults.association().name()).isEqualTo("Tresse");
        assertThat(defaults.groups()).isEmpty();
        assertThat(defaults.admins()).isEmpty();
        assertThat(defaults.digest().every()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void sectionDefaultsFillWhatIsLeftOut() {
        TresseConfig config = loader.load("""
                association:
                  name: Le Jardin
                  language: en
                groups:
                  - id: jardin-partage
                channels:
                  email:
                    address: bot@example.org
                    imap: { host: imap.example.org }
                    smtp: { host: smtp.example.org, security: starttls }
                """, "tresse.yml");

        assertThat(config.association().timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(config.association().language().code()).isEqualTo("en");
        assertThat(config.groups().get(0)).isEqualTo(new GroupSettings("jardin-partage", "jardin-partage", true));
        assertThat(config.channels().consoleEnabled()).as("a channel is configured, the console was not").isFalse();
        EmailSettings email = config.channels().email();
        assertThat(email.imap().port()).isEqualTo(993);
        assertThat(email.imap().user()).isEqualTo("bot@example.org");
        assertThat(email.imap().folder()).isEqualTo("INBOX");
        assertThat(email.smtp().port()).isEqualTo(587);
        assertThat(email.smtp().user()).isEqualTo("bot@example.org");
        assertThat(email.fromName()).isNull();
    }

    @Test
    void environmentVariablesTakeDefaultsAndAreNotReadInComments() {
        ConfigLoader noEnvironment = new ConfigLoader(name -> null);

        TresseConfig config = noEnvironment.load("""
                # password: ${NOT_SET_ANYWHERE}
                storage:
                  url: ${DB_URL:-jdbc:h2:mem:essai}   # ${ALSO_NOT_SET}
                  user: "${DB_USER:-tresse}"
                  password: 'prix: $${PRIX}'
                """, "tresse.yml");

        assertThat(config.storage().url()).isEqualTo("jdbc:h2:mem:essai");
        assertThat(config.storage().user()).isEqualTo("tresse");
        assertThat(config.storage().password()).isEqualTo("prix: ${PRIX}");
    }

    @Test
    void environmentValuesAreTakenLiterallyWhateverTheyContain() {
        Map<String, String> environment = Map.of("A", "null", "B", "0x1F", "C", "it's: #1", "D", "8443");

        TresseConfig config = new ConfigLoader(environment::get).load("""
                channels:
                  matrix:
                    homeserver: https://matrix.example.org
                    user: "@tresse:example.org"
                    password: ${A}
                    access-token: '${C}'
                  telegram:
                    token: ${B}
                    mode: webhook
                    webhook: { url: https://bot.example.org/t, port: ${D} }
                """, "tresse.yml");

        assertThat(config.channels().matrix().password()).isEqualTo("null");
        assertThat(config.channels().matrix().accessToken()).isEqualTo("it's: #1");
        assertThat(config.channels().telegram().token()).isEqualTo("0x1F");
        assertThat(config.channels().telegram().webhook().port()).isEqualTo(8443);
    }

    @Test
    void loadsAFileAndRefusesAMissingOneSayingHowToWriteIt(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("tresse.yml");
        Files.writeString(file, "\uFEFFassociation:\n  name: La Tresse\n", StandardCharsets.UTF_8);

        assertThat(loader.load(file).association().name()).isEqualTo("La Tresse");
        assertThatThrownBy(() -> loader.load(folder.resolve("absent.yml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("absent.yml")
                .hasMessageContaining("n'existe pas")
                .hasMessageContaining("tresse init");
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.yml");
        Files.write(file, "association:\n  name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("latin1.yml")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void theWebhookModeNeedsItsSection() {
        assertThatThrownBy(() -> loader.load("""
                channels:
                  telegram:
                    token: ${TELEGRAM_TOKEN}
                    mode: webhook
                """, "tresse.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ligne 2")
                .hasMessageContaining("champ channels.telegram.webhook")
                .hasMessageContaining("en mode webhook, il faut la section webhook");
    }
}
