package org.tresse.core.meeting;

import java.util.Optional;
import org.tresse.core.i18n.Language;

/**
 * A meeting's minutes as a PDF to print, attached to the minutes sent to the members: the app gives
 * the print pipeline's ({@code print.render.MinutesPdf}); without it the minutes go as text and files
 * of text only.
 */
@FunctionalInterface
public interface MinutesPrinter {
    /** Nothing prints: no PDF. */
    MinutesPrinter NONE = (minutes, language) -> Optional.empty();

    /** The PDF of {@code minutes} written in {@code language}, or empty when it cannot be made (said in the log). */
    Optional<byte[]> pdf(Minutes minutes, Language language);
}
