package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.config.Failures.error;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {
    private static final List<String> SECRETS = List.copyOf(ConfigLoaderTest.ENV.values());

    @Test
    void noRecordShowsASecret() throws IOException {
        TresseConfig config = new ConfigLoader(ConfigLoaderTest.ENV::get)
                .load(ConfigLoaderTest.resource("full.yml"), "tresse.yml");

        String text = config.toString();
        assertThat(SECRETS).allSatisfy(secret -> assertThat(text).doesNotContain(secret));
        assertThat(text).contains("token=***", "password=***", "accessToken=***", "secretToken=***");
        assertThat(config.storage().toString()).contains("password=***").doesNotContain("db-s3cret");
        assertThat(config.channels().telegram().toString()).contains("token=***");
        assertThat(config.channels().telegram().webhook().toString()).contains("secretToken=***");
        assertThat(config.channels().matrix().toString()).contains("password=***", "accessToken=***");
        assertThat(config.channels().email().imap().toString()).contains("password=***");
        assertThat(config.channels().email().smtp().toString()).contains("password=***");
    }

    @Test
    void anAbsentSecretShowsAsNull() {
        assertThat(StorageSettings.defaults().toString()).contains("password=null");
    }

    @Test
    void errorsNeverRepeatAValueFromTheEnvironment() {
        Map<String, String> environment = Map.of("SMTP_PASSWORD", "tres-secret-1", "DIGEST", "tres-secret-2");
        ConfigLoader loader = new ConfigLoader(environment::get);

        ConfigException misplaced = error(loader, """
                channels:
                  email:
                    address: tresse@example.org
                    imap: { host: imap.example.org }
                    smtp: { host: smtp.example.org, port: ${SMTP_PASSWORD} }
                """);
        ConfigException parsed = error(loader, "digest:\n  every: ${DIGEST}\n");

        for (ConfigException e : List.of(misplaced, parsed)) {
            assertThat(e.getMessage()).doesNotContain("tres-secret");
            assertThat(e.englishMessage()).doesNotContain("tres-secret");
        }
        assertThat(misplaced.getMessage()).contains("champ channels.email.smtp.port").contains("nombre entier");
        assertThat(parsed.getMessage()).contains("champ digest.every").contains("« *** » n'est pas une durée");
    }
}
