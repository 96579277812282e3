package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.config.Failures.assertPlace;
import static org.tresse.config.Failures.error;

import org.junit.jupiter.api.Test;

/** Problems of form: YAML syntax, unknown keys, wrong types, missing values and variables. */
class ConfigSyntaxErrorsTest {
    @Test
    void yamlSyntaxError() {
        ConfigException e = error("association:\n  name: Café: associatif\n");

        assertThat(e.line()).hasValue(2);
        assertThat(e.getMessage()).startsWith("tresse.yml, ligne 2, colonne ")
                .contains("n'est pas du YAML valide")
                .contains("doit être entre guillemets");
    }

    @Test
    void tabsUsedForIndentation() {
        ConfigException e = error("association:\n\tname: La Tresse\n");

        assertThat(e.line()).hasValue(2);
        assertThat(e.getMessage()).contains("ligne 2, colonne 1").contains("tabulation").contains("espaces");
    }

    @Test
    void inconsistentIndentation() {
        ConfigException e = error("association:\n  name: La Tresse\n language: fr\n");

        assertThat(e.line()).hasValue(3);
        assertThat(e.getMessage()).contains("ligne 3").contains("l'indentation n'est pas cohérente");
    }

    @Test
    void keyWrittenTwice() {
        ConfigException e = error("association:\n  name: La Tresse\n  name: Le Jardin\n");

        assertPlace(e, 3, "association.name");
        assertThat(e.getMessage()).contains("la clé « name » apparaît deux fois");
    }

    @Test
    void unknownKeySaysWhichKeysAreAllowed() {
        ConfigException e = error("""
                channels:
                  telegram:
                    token: ${TELEGRAM_TOKEN}
                    basurl: https://api.telegram.org
                """);

        assertPlace(e, 4, "channels.telegram.basurl");
        assertThat(e.column()).hasValue(5);
        assertThat(e.getMessage())
                .contains("la clé « basurl » n'est pas prévue dans « channels.telegram »")
                .contains("Vouliez-vous dire « base-url » ?")
                .contains("Clés possibles ici : base-url, mode, rooms, token, username, webhook.");
        assertThat(e.englishMessage()).contains("Did you mean \"base-url\"?");
    }

    @Test
    void unknownSection() {
        ConfigException e = error("association:\n  name: X\nchanels:\n  console: {}\n");

        assertPlace(e, 3, "chanels");
        assertThat(e.getMessage())
                .contains("n'est pas prévue à la racine du fichier")
                .contains("Vouliez-vous dire « channels » ?")
                .contains("admins, association, channels, delivery, digest, events, groups, roles, storage");
    }

    @Test
    void wrongTypeForABoolean() {
        ConfigException e = error("groups:\n  - id: cafe\n    open: peut-être\n");

        assertPlace(e, 3, "groups[0].open");
        assertThat(e.column()).hasValue(11);
        assertThat(e.getMessage()).contains("« peut-être » ne convient pas : il faut ici true ou false");
    }

    @Test
    void wrongTypeForANumber() {
        ConfigException e = error("""
                channels:
                  email:
                    address: tresse@example.org
                    imap: { host: imap.example.org, password: ${IMAP_PASSWORD}, port: abc }
                    smtp: { host: smtp.example.org }
                """);

        assertPlace(e, 4, "channels.email.imap.port");
        assertThat(e.column()).as("column in the file, before substitution").hasValue(71);
        assertThat(e.getMessage()).contains("il faut ici un nombre entier");
    }

    @Test
    void wrongShape() {
        ConfigException list = error("groups: cafe\n");
        assertPlace(list, 1, "groups");
        assertThat(list.getMessage()).contains("il faut ici une liste");

        ConfigException section = error("groups:\n  - cafe\n");
        assertPlace(section, 2, "groups[0]");
        assertThat(section.getMessage()).contains("il faut ici une section");

        ConfigException root = error("- association\n- storage\n");
        assertThat(root.line()).hasValue(1);
        assertThat(root.getMessage()).contains("le fichier doit être une suite de sections « clé: valeur »");
    }

    @Test
    void nullOrMissingForARequiredNumber() {
        ConfigException empty = error("channels:\n  telegram:\n    token: x\n    rooms:\n      - chat:\n        group: cafe\n");
        assertPlace(empty, 5, "channels.telegram.rooms[0].chat");
        assertThat(empty.getMessage()).contains("il manque la valeur après « chat: »");

        ConfigException absent = error("channels:\n  telegram:\n    token: x\n    rooms:\n      - group: cafe\n");
        assertPlace(absent, 5, "channels.telegram.rooms[0].chat");
        assertThat(absent.getMessage()).contains("le champ « chat » est obligatoire ici");
    }

    @Test
    void missingRequiredText() {
        ConfigException e = error("association:\n  language: en\n");

        assertPlace(e, 1, "association.name");
        assertThat(e.getMessage()).contains("ce champ est obligatoire ici. Écrivez par exemple : name: La Tresse");
    }

    @Test
    void missingEnvironmentVariableIsNamed() {
        ConfigException e = error(new ConfigLoader(name -> null), """
                association:
                  name: La Tresse
                channels:
                  telegram:
                    token: ${TELEGRAM_TOKEN}
                  matrix:
                    homeserver: https://matrix.example.org
                    user: "@tresse:example.org"
                    password: ${MATRIX_PASSWORD}
                """);

        assertPlace(e, 5, "channels.telegram.token");
        assertThat(e.column()).hasValue(12);
        assertThat(e.getMessage())
                .contains("la variable d'environnement TELEGRAM_TOKEN n'est pas définie")
                .contains("export TELEGRAM_TOKEN=")
                .contains("Autres variables manquantes : MATRIX_PASSWORD (ligne 9)");
        assertThat(e.englishMessage()).contains("environment variable TELEGRAM_TOKEN is not set");
    }

    @Test
    void badPlaceholder() {
        ConfigException e = error("storage:\n  password: ${mot de passe}\n");

        assertThat(e.line()).hasValue(2);
        assertThat(e.column()).hasValue(13);
        assertThat(e.getMessage()).contains("« ${ » doit être suivi d'un nom de variable").contains("$${");
    }

    @Test
    void severalDocuments() {
        ConfigException e = error("digest:\n  every: 7d\n---\ndigest:\n  every: 1d\n");

        assertThat(e.getMessage()).contains("plusieurs documents YAML séparés par « --- »");
    }
}
