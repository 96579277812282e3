package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads text expected to be wrong and checks where the message points. */
final class Failures {
    private Failures() {}

    /** The problem found in {@code yaml}, loaded as "tresse.yml" with {@link ConfigLoaderTest#ENV}. */
    static ConfigException error(String yaml) {
        return error(new ConfigLoader(ConfigLoaderTest.ENV::get), yaml);
    }

    static ConfigException error(ConfigLoader loader, String yaml) {
        try {
            loader.load(yaml, "tresse.yml");
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException for:\n" + yaml);
    }

    /** The message names the file, the line and the field, in French and in English. */
    static void assertPlace(ConfigException e, int line, String field) {
        assertThat(e.source()).isEqualTo("tresse.yml");
        assertThat(e.line()).hasValue(line);
        assertThat(e.fieldPath()).hasValue(field);
        assertThat(e.getMessage()).startsWith("tresse.yml, ligne " + line + ", ").contains("champ " + ConfigException.counted(field, true) + " : ");
        assertThat(e.englishMessage()).startsWith("tresse.yml, line " + line + ", ").contains("field " + ConfigException.counted(field, false) + ": ");
    }
}
