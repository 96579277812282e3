package org.tresse.core.voice.internal;

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
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '\r':
                    break;
                case '\n':
                    out.append(' ');
                    break;
                default:
                    if (SPECIAL.indexOf(character) >= 0) {
                        out.append('\\');
                    }
                    out.append(character);
            }
        }
        return out.toString();
    }

    /** A table cell. */
    public static String cell(String text) {
        return inline(text);
    }

    /** A block quote, line by line. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : ExportWriters.lines(text)) {
            out.append("> ").append(inline(line)).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
