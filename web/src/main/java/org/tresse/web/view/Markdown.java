package org.tresse.web.view;

import java.util.List;
import org.tresse.core.markup.Block;
import org.tresse.core.markup.Document;
import org.tresse.core.markup.Html;
import org.tresse.core.markup.Inline;
import org.tresse.core.markup.Markup;

/**
 * Tresse's Markdown subset as page HTML, through the core's parser and escaper, like every
 * channel: text and labels escaped, links only when safe. The only HTML templates insert unescaped.
 */
public final class Markdown {
    private static final Html.InlineTags TAGS = new Html.InlineTags("strong", "em", "<br>");

    private Markdown() {}

    public static String html(String text) {
        Document document = Markup.parse(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (Block block : document.blocks()) {
            if (block instanceof Block.Paragraph paragraph) {
                out.append("<p>");
                Html.appendInlines(out, paragraph.content(), TAGS);
                out.append("</p>");
            } else if (block instanceof Block.ListBlock list) {
                String tag = list.numbered() ? "ol" : "ul";
                out.append('<').append(tag).append('>');
                for (List<Inline> item : list.items()) {
                    out.append("<li>");
                    Html.appendInlines(out, item, TAGS);
                    out.append("</li>");
                }
                out.append("</").append(tag).append('>');
            }
        }
        return out.toString();
    }

    /** The text alone, for titles and the feed's summaries. */
    public static String plain(String text) {
        return org.tresse.core.markup.PlainText.render(text);
    }
}
