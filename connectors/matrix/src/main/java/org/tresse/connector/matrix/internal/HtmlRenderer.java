package org.tresse.connector.matrix.internal;

import java.util.List;
import org.tresse.core.markup.Block;
import org.tresse.core.markup.Document;
import org.tresse.core.markup.Html;
import org.tresse.core.markup.Inline;

/**
 * Renders a Tresse document as the HTML subset Matrix clients show ({@code org.matrix.custom.html}):
 * {@code p}, {@code strong}, {@code em}, {@code a href}, {@code ul}/{@code ol}/{@code li}, {@code br}.
 * Every text and link comes from people: all of it is escaped.
 */
public final class HtmlRenderer {
    private static final Html.InlineTags TAGS = new Html.InlineTags("strong", "em", "<br>");

    private HtmlRenderer() {}

    public static String render(Document document) {
        StringBuilder out = new StringBuilder();
        boolean single = document.blocks().size() == 1 && document.blocks().get(0) instanceof Block.Paragraph;
        for (Block block : document.blocks()) {
            if (block instanceof Block.Paragraph paragraph) {
                if (!single) {
                    out.append("<p>");
                }
                inlines(out, paragraph.content());
                if (!single) {
                    out.append("</p>");
                }
            } else if (block instanceof Block.ListBlock list) {
                String tag = list.numbered() ? "ol" : "ul";
                out.append('<').append(tag).append('>');
                for (List<Inline> item : list.items()) {
                    out.append("<li>");
                    inlines(out, item);
                    out.append("</li>");
                }
                out.append("</").append(tag).append('>');
            }
        }
        return out.toString();
    }

    private static void inlines(StringBuilder out, List<Inline> inlines) {
        Html.appendInlines(out, inlines, TAGS);
    }

    /** Escapes text for an HTML element or a double-quoted attribute (French apostrophes stay as they are). */
    public static String escape(String text) {
        return Html.escape(text);
    }
}
