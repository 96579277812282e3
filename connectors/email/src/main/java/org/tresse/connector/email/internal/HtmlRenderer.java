package org.tresse.connector.email.internal;

import java.util.List;
import org.tresse.core.markup.Block;
import org.tresse.core.markup.Document;
import org.tresse.core.markup.Html;
import org.tresse.core.markup.Inline;
import org.tresse.core.markup.Markup;

/** Renders Tresse's markup as the HTML part of a mail; every text and link is escaped. */
public final class HtmlRenderer {
    private static final Html.InlineTags TAGS = new Html.InlineTags("strong", "em", "<br>\n");

    private HtmlRenderer() {}

    /** A whole HTML document of {@code documents}, rendered in order. */
    public static String page(List<Document> documents) {
        StringBuilder out = new StringBuilder(256);
        out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n")
                .append("<body style=\"font-family: sans-serif; line-height: 1.4\">\n");
        for (Document document : documents) {
            blocks(out, document);
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    static void blocks(StringBuilder out, Document document) {
        for (Block block : document.blocks()) {
            if (block instanceof Block.Paragraph paragraph) {
                out.append("<p>");
                inlines(out, paragraph.content());
                out.append("</p>\n");
            } else if (block instanceof Block.ListBlock list) {
                String tag = list.numbered() ? "ol" : "ul";
                out.append('<').append(tag).append(">\n");
                for (List<Inline> item : list.items()) {
                    out.append("<li>");
                    inlines(out, item);
                    out.append("</li>\n");
                }
                out.append("</").append(tag).append(">\n");
            }
        }
    }

    private static void inlines(StringBuilder out, List<Inline> inlines) {
        Html.appendInlines(out, inlines, TAGS);
    }

    /** Escapes text for HTML content and double-quoted attributes. */
    public static String escape(String text) {
        return Html.escape(text);
    }
}
