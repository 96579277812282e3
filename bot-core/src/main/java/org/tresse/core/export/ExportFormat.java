package org.tresse.core.export;

import java.util.Locale;
import java.util.Optional;

/** The formats of {@code tresse export}: CSV for spreadsheets, Markdown to read or print, JSON for tools. */
public enum ExportFormat {
    CSV,
    MD,
    JSON;

    /** {@code csv}, {@code md} (or {@code markdown}), {@code json}, in any case. */
    public static Optional<ExportFormat> parse(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "csv":
                return Optional.of(CSV);
            case "md", "markdown":
                return Optional.of(MD);
            case "json":
                return Optional.of(JSON);
            default:
                return Optional.empty();
        }
    }
}
