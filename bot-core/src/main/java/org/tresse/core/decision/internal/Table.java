package org.tresse.core.decision.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes exported rows: CSV (RFC 4180, spreadsheet formulas defused), Markdown tables, JSON. */
public final class Table {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Table() {}

    /** One CSV line per row, a header first; every row has the header's keys. */
    public static void csv(Writer out, List<String> header, List<Map<String, Object>> rows) {
        try {
            out.write(line(header.stream().map(Table::csvField).toList()));
            for (Map<String, Object> row : rows) {
                out.write(line(header.stream().map(column -> csvField(row.get(column))).toList()));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> fields) {
        return String.join(",", fields) + "\r\n";
    }

    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** A Markdown table. */
    public static String markdown(List<String> header, List<List<Object>> rows) {
        StringBuilder text = new StringBuilder();
        text.append("| ").append(String.join(" | ", header.stream().map(Table::cell).toList())).append(" |\n");
        text.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<Object> row : rows) {
            text.append("| ").append(String.join(" | ", row.stream().map(Table::cell).toList())).append(" |\n");
        }
        return text.toString();
    }

    private static String cell(Object value) {
        return value == null ? "" : String.valueOf(value).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** Markdown text: the characters that would format, escaped. */
    public static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#|<>])", "\\\\$1");
    }

    public static void json(Writer out, Object value) {
        try {
            out.write(JSON.writeValueAsString(value));
            out.write("\n");
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
