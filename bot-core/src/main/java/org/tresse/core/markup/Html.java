package org.tresse.core.markup;

import java.util.List;

/**
 * What every HTML rendering of Tresse's markup shares (Telegram, Matrix, email): escaping, and
 * inline text with each channel's own tags. Blocks differ per channel and stay in the connectors.
 */
public final class Html {
    private Html() {}

    /**
     * The tags a channel uses for inline text.
     *
     * @param bold      e.g. {@code b} or {@code strong}
     * @param italic    e.g. {@code i} or {@code em}
     * @param lineBreak what a line break inside a paragraph becomes, e.g. {@code <br>} or a newline
     */
    public record InlineTags(String bold, String italic, String lineBreak) {}

    /**
     * Escapes text for HTML content and for double-quoted attributes: {@code & < > "}. An
     * apostrophe needs no escaping there and stays readable.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char current = text.charAt(index);
            switch (current) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                default:
                    out.append(current);
            }
        }
        return out.toString();
    }

    /** Appends inline text as HTML with {@code tags}; every text and link label is escaped. */
    public static void appendInlines(StringBuilder out, List<Inline> inlines, InlineTags tags) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Plain plain) {
                out.append(escape(plain.text()));
            } else if (inline instanceof Inline.Bold bold) {
                out.append('<').append(tags.bold()).append('>');
                appendInlines(out, bold.children(), tags);
                out.append("</").append(tags.bold()).append('>');
            } else if (inline instanceof Inline.Italic italic) {
                out.append('<').append(tags.italic()).append('>');
                appendInlines(out, italic.children(), tags);
                out.append("</").append(tags.italic()).append('>');
            } else if (inline instanceof Inline.Link link) {
                if (Markup.isSafeUrl(link.url())) {
                    out.append("<a href=\"").append(escape(link.url())).append("\">").append(escape(link.label())).append("</a>");
                } else {
                    out.append(escape(link.label()));
                }
            } else if (inline instanceof Inline.LineBreak) {
                out.append(tags.lineBreak());
            }
        }
    }
}
