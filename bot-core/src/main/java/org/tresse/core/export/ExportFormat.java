package org.tresse.core.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats of {@code tresse export}: CSV for spreadsheets, Markdown to read or print, JSON for
 * tools. {@link #EXCEL} is CSV as a French spreadsheet (Excel, LibreOffice in French) opens it with
 * a double click: cells separated by {@code ;}, and a byte order mark saying UTF-8.
 */
public enum ExportFormat {
    CSV,
    EXCEL,
    MD,
    JSON;

    /** Whether this is one of the CSV formats: one table per file. */
    public boolean csv() {
        return this == CSV || this == EXCEL;
    }

    /** The cell separator of a CSV format. */
    public char separator() {
        return this == EXCEL ? ';' : ',';
    }

    /** The file name ending that goes with the format. */
    public String extension() {
        return csv() ? "csv" : name().toLowerCase(Locale.ROOT);
    }

    /** {@code csv}, {@code excel}, {@code md} (or {@code markdown}), {@code json}, in any case. */
    public static Optional<ExportFormat> parse(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "csv":
                return Optional.of(CSV);
            case "excel", "csv-excel":
                return Optional.of(EXCEL);
            case "md", "markdown":
                return Optional.of(MD);
            case "json":
                return Optional.of(JSON);
            default:
                return Optional.empty();
        }
    }
}
