package org.tresse.print;

import java.util.Locale;
import java.util.Optional;
import org.tresse.core.engine.UserError;

/** What a report is written as. */
public enum PrintFormat {
    PDF("pdf"),
    HTML("html"),
    MARKDOWN("md");

    private final String extension;

    PrintFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format typed, or a refusal saying which there are. */
    public static PrintFormat of(String word) {
        return parse(word).orElseThrow(() -> new UserError("rapport.format.inconnu", word));
    }

    /** {@code pdf}, {@code html}, {@code md} or {@code markdown}, in any case. */
    public static Optional<PrintFormat> parse(String word) {
        switch (word == null ? "" : word.strip().toLowerCase(Locale.ROOT)) {
            case "pdf":
                return Optional.of(PDF);
            case "html", "htm":
                return Optional.of(HTML);
            case "md", "markdown":
                return Optional.of(MARKDOWN);
            default:
                return Optional.empty();
        }
    }
}
