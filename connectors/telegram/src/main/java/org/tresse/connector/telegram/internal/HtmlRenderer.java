package org.tresse.connector.telegram.internal;

import java.util.ArrayList;
import java.util.List;
import org.tresse.core.markup.Block;
import org.tresse.core.markup.Document;
import org.tresse.core.markup.Html;
import org.tresse.core.markup.Inline;
import org.tresse.core.markup.Markup;

/**
 * Renders Tresse's markup in Telegram's HTML parse mode: {@code <b>}, {@code <i>},
 * {@code <a href>}, bullets as "• ". Every text from users is escaped. A text longer than a
 * message may hold is split on paragraph boundaries, then on line boundaries; a single line too
 * long is cut between words, as plain text.
 */
public final class HtmlRenderer {
    /** Telegram's limit for one message's text. */
    public static final int MAX_LENGTH = 4096;
    /** Telegram's HTML has no paragraphs: a line break stays a newline. */
    private static final Html.InlineTags TAGS = new Html.InlineTags("b", "i", "\n");

    private HtmlRenderer() {}

    /** The HTML of {@code markup} in parts of at most {@code maxLength} characters; at least one part. */
    public static List<String> render(String markup, int maxLength) {
        Document document = Markup.parse(markup);
        Packer packer = new Packer(maxLength);
        for (Block block : document.blocks()) {
            List<List<Inline>> lines = lines(block);
            List<String> rendered = new ArrayList<>();
            for (List<Inline> line : lines) {
                rendered.add(inlines(line));
            }
            String whole = String.join("\n", rendered);
            if (whole.length() <= maxLength) {
                packer.add(whole, "\n\n");
                continue;
            }
            String separator = "\n\n";
            for (int index = 0; index < lines.size(); index++) {
                if (rendered.get(index).length() <= maxLength) {
                    packer.add(rendered.get(index), separator);
                } else {
                    for (String piece : cutPlain(plain(lines.get(index)), maxLength)) {
                        packer.add(piece, separator);
                        separator = "\n";
                    }
                }
                separator = "\n";
            }
        }
        return packer.parts();
    }

    /** The HTML of {@code markup} in one part, cut to {@code maxLength} if needed (for edits). */
    public static String renderOne(String markup, int maxLength) {
        return render(markup, maxLength).get(0);
    }

    /** Escapes text for Telegram HTML: {@code & < > "}. */
    public static String escape(String text) {
        return Html.escape(text);
    }

    /** A block as lines: a paragraph's lines (split at line breaks), or a list's items with their bullet. */
    private static List<List<Inline>> lines(Block block) {
        List<List<Inline>> lines = new ArrayList<>();
        if (block instanceof Block.Paragraph paragraph) {
            List<Inline> line = new ArrayList<>();
            for (Inline inline : paragraph.content()) {
                if (inline instanceof Inline.LineBreak) {
                    lines.add(line);
                    line = new ArrayList<>();
                } else {
                    line.add(inline);
                }
            }
            lines.add(line);
        } else if (block instanceof Block.ListBlock list) {
            for (int index = 0; index < list.items().size(); index++) {
                List<Inline> line = new ArrayList<>();
                line.add(new Inline.Plain(list.numbered() ? (index + 1) + ". " : "• "));
                line.addAll(list.items().get(index));
                lines.add(line);
            }
        }
        return lines;
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendInlines(out, inlines);
        return out.toString();
    }

    private static void appendInlines(StringBuilder out, List<Inline> inlines) {
        Html.appendInlines(out, inlines, TAGS);
    }

    private static String plain(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Plain plain) {
                out.append(plain.text());
            } else if (inline instanceof Inline.Bold bold) {
                out.append(plain(bold.children()));
            } else if (inline instanceof Inline.Italic italic) {
                out.append(plain(italic.children()));
            } else if (inline instanceof Inline.Link link) {
                out.append(link.label());
                if (!link.label().equals(link.url())) {
                    out.append(" (").append(link.url()).append(')');
                }
            }
        }
        return out.toString();
    }

    /** Cuts plain text into escaped pieces of at most {@code maxLength}, between words where possible. */
    static List<String> cutPlain(String text, int maxLength) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int escapedLength = 0;
            int lastSpace = -1;
            while (end < text.length()) {
                int added = escape(String.valueOf(text.charAt(end))).length();
                if (escapedLength + added > maxLength) {
                    break;
                }
                if (Character.isWhitespace(text.charAt(end))) {
                    lastSpace = end;
                }
                escapedLength += added;
                end++;
            }
            if (end < text.length()) {
                if (lastSpace > start) {
                    end = lastSpace + 1;
                } else if (Character.isLowSurrogate(text.charAt(end)) && end - 1 > start) {
                    end--;
                }
            }
            String piece = text.substring(start, end).strip();
            if (!piece.isEmpty()) {
                pieces.add(escape(piece));
            }
            start = end;
        }
        return pieces;
    }

    /** Packs pieces into parts of at most a length, joining them with their separator. */
    private static final class Packer {
        private final int maxLength;
        private final List<String> parts = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        Packer(int maxLength) {
            this.maxLength = maxLength;
        }

        void add(String piece, String separator) {
            if (current.length() == 0) {
                current.append(piece);
            } else if (current.length() + separator.length() + piece.length() <= maxLength) {
                current.append(separator).append(piece);
            } else {
                parts.add(current.toString());
                current.setLength(0);
                current.append(piece);
            }
        }

        List<String> parts() {
            if (current.length() > 0 || parts.isEmpty()) {
                parts.add(current.toString());
                current.setLength(0);
            }
            return List.copyOf(parts);
        }
    }
}
