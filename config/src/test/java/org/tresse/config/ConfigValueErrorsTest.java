package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.config.Failures.assertPlace;
import static org.tresse.config.Failures.error;

import org.junit.jupiter.api.Test;

/** Values that break a rule: rates, durations, time zones, groups, identities. */
class ConfigValueErrorsTest {
    @Test
    void badRate() {
        ConfigException e = error("delivery:\n  rate-limits:\n    telegram: { overall: 30 par seconde }\n");

        assertPlace(e, 3, "delivery.rate-limits.telegram.overall");
        assertThat(e.getMessage()).contains("« 30 par seconde » n'est pas un débit").contains("30/s").contains("20/min");
    }

    @Test
    void rateLimitsForAnUnknownChannel() {
        ConfigException e = error("delivery:\n  rate-limits:\n    signal: { overall: 1/s }\n");

        assertPlace(e, 3, "delivery.rate-limits.signal");
        assertThat(e.getMessage()).contains("le canal « signal » est inconnu");
    }

    @Test
    void badDuration() {
        ConfigException e = error("digest:\n  every: une semaine\n");

        assertPlace(e, 2, "digest.every");
        assertThat(e.column()).hasValue(10);
        assertThat(e.getMessage()).contains("« une semaine » n'est pas une durée").contains("7d");
    }

    @Test
    void badTimezone() {
        ConfigException e = error("association:\n  name: X\n  timezone: europe/paris\n");

        assertPlace(e, 3, "association.timezone");
        assertThat(e.getMessage()).contains("n'est pas un fuseau horaire connu").contains("Vouliez-vous dire Europe/Paris ?");
    }

    @Test
    void badLanguage() {
        ConfigException e = error("association:\n  name: X\n  language: français\n");

        assertPlace(e, 3, "association.language");
        assertThat(e.getMessage()).contains("« français » n'est pas une valeur possible ici. Écrivez l'une de : fr, en.");
    }

    @Test
    void badEnumValue() {
        ConfigException e = error("channels:\n  telegram:\n    token: x\n    mode: polling\n");

        assertPlace(e, 4, "channels.telegram.mode");
        assertThat(e.getMessage()).contains("l'une de : long-polling, webhook");
    }

    @Test
    void badGroupId() {
        ConfigException e = error("groups:\n  - id: cafe\n  - id: Café Asso\n");

        assertPlace(e, 3, "groups[1].id");
        assertThat(e.column()).hasValue(5);
        assertThat(e.getMessage()).contains("« Café Asso » ne convient pas comme identifiant de groupe")
                .contains("id: cafe");
    }

    @Test
    void roomNamingAnUnknownGroup() {
        ConfigException e = error("""
                groups:
                  - id: cafe
                  - id: bureau
                channels:
                  telegram:
                    token: ${TELEGRAM_TOKEN}
                    rooms:
                      - chat: -100123
                        group: cafe
                      - chat: -100456
                        group: bar
                """);

        assertPlace(e, 11, "channels.telegram.rooms[1].group");
        assertThat(e.column()).hasValue(9);
        assertThat(e.getMessage()).contains("le groupe « bar » n'existe pas")
                .contains("Groupes déclarés dans la section groups : bureau, cafe.");
    }

    @Test
    void matrixRoomAndRoleNamingAnUnknownGroup() {
        ConfigException room = error("""
                channels:
                  matrix:
                    homeserver: https://matrix.example.org
                    user: "@tresse:example.org"
                    access-token: ${MATRIX_TOKEN}
                    rooms:
                      - room: "!abc:example.org"
                        group: cafe
                """);
        assertPlace(room, 8, "channels.matrix.rooms[0].group");
        assertThat(room.getMessage()).contains("le groupe « cafe » n'existe pas")
                .contains("Déclarez-le d'abord dans la section groups");

        ConfigException role = error("groups: [{ id: cafe }]\nroles:\n  - { identity: telegram:42, role: member, group: caf }\n");
        assertPlace(role, 3, "roles[0].group");
        assertThat(role.getMessage()).contains("le groupe « caf » n'existe pas");
    }

    @Test
    void duplicateGroupIds() {
        ConfigException e = error("groups:\n  - id: cafe\n    name: Café\n  - id: cafe\n    name: Café bis\n");

        assertPlace(e, 4, "groups[1].id");
        assertThat(e.getMessage()).contains("le groupe « cafe » est déclaré deux fois");
    }

    @Test
    void badIdentities() {
        ConfigException channel = error("admins: [console:ana, whatsapp:33612345678]\n");
        assertPlace(channel, 1, "admins[1]");
        assertThat(channel.column()).hasValue(23);
        assertThat(channel.getMessage()).contains("le canal « whatsapp » est inconnu")
                .contains("console, telegram, matrix, email");

        ConfigException shape = error("admins:\n  - ana\n");
        assertPlace(shape, 2, "admins[0]");
        assertThat(shape.getMessage()).contains("une identité s'écrit « canal:identifiant »");

        ConfigException role = error("roles:\n  - identity: telegram:@ana\n    role: admin\n");
        assertPlace(role, 2, "roles[0].identity");
        assertThat(role.getMessage()).contains("sur Telegram l'identifiant est un nombre");
    }

    @Test
    void badRole() {
        ConfigException e = error("roles:\n  - identity: telegram:42\n    role: chef\n");

        assertPlace(e, 3, "roles[0].role");
        assertThat(e.getMessage()).contains("l'une de : resident, member, coordinator, admin");
    }

    @Test
    void matrixWithoutCredentials() {
        ConfigException e = error("channels:\n  matrix:\n    homeserver: https://m.example.org\n    user: \"@t:example.org\"\n");

        assertPlace(e, 2, "channels.matrix");
        assertThat(e.getMessage()).contains("il faut un mot de passe ou un jeton d'accès");
    }
}
