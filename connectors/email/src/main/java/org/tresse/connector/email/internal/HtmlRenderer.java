package org.tresse.connector.email.internal;

import java.util.List;
import org.tresse.core.markup.Block;
import org.tresse.core.markup.Document;
import org.tresse.core.markup.Inline;
import org.tresse.core.markup.Markup;

/** Renders Tresse's markup as the HTML part of a mail; every text and link is escaped. */
public final class HtmlRenderer {
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
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Plain plain) {
                out.append(escape(plain.text()));
            } else if (inline instanceof Inline.Bold bold) {
                out.append("<strong>");
                inlines(out, bold.children());
                out.append("</strong>");
            } else if (inline instanceof Inline.Italic italic) {
                out.append("<em>");
                inlines(out, italic.children());
                out.append("</em>");
            } else if (inline instanceof Inline.Link link) {
                if (Markup.isSafeUrl(link.url())) {
                    out.append("<a href=\"").append(escape(link.url())).append("\">")
                            .append(escape(link.label())).append("</a>");
                } else {
                    out.append(escape(link.label()));
                }
            } else if (inline instanceof Inline.LineBreak) {
                out.append("<br>\n");
            }
        }
    }

    /** Escapes text for HTML content and double-quoted attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(character);
            }
        }
        return out.toString();
    }
}
