package org.tresse.print.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tresse.print.Branding;

/** The style sheets of reports and posters, in the association's colours. */
final class Css {
    private Css() {}

    static String of(String name, Branding branding) {
        try (InputStream in = Css.class.getResourceAsStream("/org/tresse/print/css/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the style sheet " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("PRIMARY", branding.primary())
                    .replace("ACCENT", branding.accent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
