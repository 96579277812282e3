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
 * language (a spreadsheet's headers and words, and the times in its time zone; JSON, for tools,
 * keeps stable English keys and values). In CSV a file holds one table: an export with more
 * ({@link #tables()}) writes each of the others to a file of its own.
 */
public interface Export {
    /** The name typed after {@code tresse export}, e.g. {@code decisions}. */
    String name();

    /** Other names that mean the same, e.g. {@code polls} for {@code sondages}. */
    List<String> aliases();

    /** Writes the export; {@code texts} are the association's language, for headers and words. */
    void write(Handle handle, Texts texts, ExportFormat format, Writer out) throws IOException;

    /** The other tables of a CSV export, each a file of its own named after it ({@code avis-statuts.csv}). */
    default List<String> tables() {
        return List.of();
    }

    /** Writes one of {@link #tables()}, in a CSV format. */
    default void writeTable(Handle handle, Texts texts, String table, ExportFormat format, Writer out) throws IOException {
        throw new IllegalArgumentException("no table " + table + " in the export " + name());
    }

    /**
     * How many things the export holds, said with the text under {@code countKey} ("3 décisions"),
     * for the line {@code tresse export} prints once done; negative if it cannot tell.
     */
    default long count(Handle handle) {
        return -1;
    }

    /** The key of the text saying {@link #count} ({@code {0} décision(s)}), in the exports' bundle. */
    default String countKey() {
        return "export.lignes";
    }

    /** Whether {@code word} names this export (case ignored). */
    default boolean answersTo(String word) {
        String wanted = Folding.fold(word);
        return Folding.fold(name()).equals(wanted)
                || aliases().stream().anyMatch(alias -> Folding.fold(alias).equals(wanted));
    }
}
