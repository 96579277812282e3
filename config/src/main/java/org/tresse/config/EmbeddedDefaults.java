package org.tresse.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What {@code tresse run} starts on when there is no {@code tresse.yml}: the defaults of every
 * section, plus starter groups to try Tresse with (a café, a ressourcerie, a coworking, and a bureau
 * on invitation), so that every example of the README works before anyone writes a file. The
 * first-run banner names them; {@code tresse init} writes the real file to start from.
 */
public final class EmbeddedDefaults {
    /** How messages name this configuration. */
    public static final String SOURCE = org.tresse.config.internal.ConfigTexts.in(true, "config.reglages.integres");
    private static final String RESOURCE = "tresse.embedded.yml";

    private EmbeddedDefaults() {}

    /** The one environment variable the embedded configuration reads: where the web pages listen. */
    public static final String WEB_LISTEN = "TRESSE_WEB_LISTEN";

    /** The embedded configuration; of the environment it reads {@link #WEB_LISTEN} only. */
    public static TresseConfig load() {
        return load(System.getenv());
    }

    static TresseConfig load(java.util.Map<String, String> environment) {
        return new ConfigLoader(name -> WEB_LISTEN.equals(name) ? environment.get(name) : null).load(text(), SOURCE);
    }

    static String text() {
        try (InputStream in = EmbeddedDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/tresse/config/" + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
