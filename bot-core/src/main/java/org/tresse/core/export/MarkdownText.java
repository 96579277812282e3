package org.tresse.core.export;

import java.util.List;

/** People's text inside a Markdown document: shown as typed, never as markup or HTML. */
public final class MarkdownText {
    private static final String SPECIAL = "\\`*_{}[]()#+-.!|~>";

    private MarkdownText() {}

    /** One line of text: HTML and Markdown characters escaped, line breaks as spaces. */
    public static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> { }
                case '\n' -> out.append(' ');
                default -> {
                    if (SPECIAL.indexOf(character) >= 0) {
                        out.append('\\');
                    }
                    out.append(character);
                }
            }
        }
        return out.toString();
    }

    /** A block quote, line by line. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            out.append("> ").append(inline(line)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** A Markdown table; {@code null} cells are empty. */
    public static String table(List<String> header, List<? extends List<?>> rows) {
        StringBuilder text = new StringBuilder();
        text.append("| ").append(String.join(" | ", header.stream().map(MarkdownText::cell).toList())).append(" |\n");
        text.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<?> row : rows) {
            text.append("| ").append(String.join(" | ", row.stream().map(MarkdownText::cell).toList())).append(" |\n");
        }
        return text.toString();
    }

    public static String cell(Object value) {
        return value == null ? "" : inline(String.valueOf(value));
    }
}
