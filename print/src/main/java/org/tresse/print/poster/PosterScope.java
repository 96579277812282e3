package org.tresse.print.poster;

import java.time.Instant;
import java.time.ZoneId;
import org.tresse.core.i18n.Texts;
import org.tresse.print.Links;

/** How a poster speaks and where its codes lead. */
public record PosterScope(Texts texts, ZoneId zone, Links links, Instant now) {
    public String t(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
