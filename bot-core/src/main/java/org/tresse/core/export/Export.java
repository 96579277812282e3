package org.tresse.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Handle;
import org.tresse.core.text.Folding;

/**
 * One thing {@code tresse export} can write, contributed by the feature that owns the data:
 * the register, the polls, the voices. Written inside one read transaction, in the association's
 * language.
 */
public interface Export {
    /** The name typed after {@code tresse export}, e.g. {@code decisions}. */
    String name();

    /** Other names that mean the same, e.g. {@code polls} for {@code sondages}. */
    List<String> aliases();

    /** Writes the export; {@code texts} are the association's language, for headers and words. */
    void write(Handle handle, Texts texts, ExportFormat format, Writer out) throws IOException;

    /** Whether {@code word} names this export (case ignored). */
    default boolean answersTo(String word) {
        String wanted = Folding.fold(word);
        return Folding.fold(name()).equals(wanted)
                || aliases().stream().anyMatch(alias -> Folding.fold(alias).equals(wanted));
    }
}
