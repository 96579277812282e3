package org.tresse.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV (RFC 4180) that a spreadsheet opens as it should: every cell quoted when it must be (comma,
 * semicolon, quote, line break), a text starting like a formula ({@code = + - @}, tab, return) shown
 * as text, never run.
 */
public final class Csv {
    private Csv() {}

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** One line: the cells, comma-separated, ended by CRLF. */
    public static void line(Writer out, List<?> cells) throws IOException {
        line(out, cells, ',');
    }

    /** One line: the cells separated by {@code separator} ({@code ,} or, for a French spreadsheet, {@code ;}), ended by CRLF. */
    public static void line(Writer out, List<?> cells, char separator) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int index = 0; index < cells.size(); index++) {
            if (index > 0) {
                line.append(separator);
            }
            line.append(cell(cells.get(index)));
        }
        out.write(line.append("\r\n").toString());
    }

    /** A header line then one line per row, comma-separated. */
    public static void table(Writer out, List<String> header, List<? extends List<?>> rows) throws IOException {
        table(out, ExportFormat.CSV, header, rows);
    }

    /** A header line then one line per row, separated as {@code format} wants. */
    public static void table(Writer out, ExportFormat format, List<String> header, List<? extends List<?>> rows) throws IOException {
        line(out, header, format.separator());
        for (List<?> row : rows) {
            line(out, row, format.separator());
        }
    }

    /** The column names a bundle gives in one text, comma-separated: {@code export.sondages.colonnes=numero,question,…}. */
    public static List<String> header(String names) {
        return List.of(names.split("\\s*,\\s*"));
    }
}
