package org.tresse.core.markup;

import java.util.List;

/** Renders a document as plain text: for the console, tests, and text fallbacks. */
public final class PlainText {
    private PlainText() {}

    public static String render(String markup) {
        return render(Markup.parse(markup));
    }

    public static String render(Document document) {
        StringBuilder out = new StringBuilder();
        for (Block block : document.blocks()) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            if (block instanceof Block.Paragraph paragraph) {
                inlines(out, paragraph.content());
            } else if (block instanceof Block.ListBlock list) {
                for (int index = 0; index < list.items().size(); index++) {
                    if (index > 0) {
                        out.append('\n');
                    }
                    out.append(list.numbered() ? (index + 1) + ". " : "• ");
                    inlines(out, list.items().get(index));
                }
            }
        }
        return out.toString();
    }

    static void inlines(StringBuilder out, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Plain plain) {
                out.append(plain.text());
            } else if (inline instanceof Inline.Bold bold) {
                inlines(out, bold.children());
            } else if (inline instanceof Inline.Italic italic) {
                inlines(out, italic.children());
            } else if (inline instanceof Inline.Link link) {
                out.append(link.label());
                if (!link.label().equals(link.url())) {
                    out.append(" (").append(link.url()).append(')');
                }
            } else if (inline instanceof Inline.LineBreak) {
                out.append('\n');
            }
        }
    }
}
