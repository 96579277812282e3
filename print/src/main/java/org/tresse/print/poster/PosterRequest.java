package org.tresse.print.poster;

import java.util.Objects;
import org.tresse.core.i18n.Language;

/**
 * A poster asked for: {@code tresse affiche sondage 12 --format a5x2} or {@code /affiche sondage 12}.
 *
 * @param subject   the word saying what it is about: {@code sondage}, {@code consultation}, {@code bot}...
 * @param reference what follows it (a number), possibly empty
 */
public record PosterRequest(String subject, String reference, PosterLayout layout, Language language) {
    public PosterRequest {
        Objects.requireNonNull(subject, "subject");
        reference = reference == null ? "" : reference.strip();
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(language, "language");
    }
}
