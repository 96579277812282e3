package org.tresse.print.poster;

import org.tresse.core.store.Handle;

/**
 * What a poster can be about ({@code sondage 12}, {@code bot}, later {@code evenement 3}): a
 * feature reads its thing by the reference typed after the word and says it as a {@link Poster}.
 * Refusals are {@link org.tresse.core.engine.UserError}s.
 */
@FunctionalInterface
public interface PosterSubject {
    Poster poster(Handle handle, String reference, PosterScope scope);
}
