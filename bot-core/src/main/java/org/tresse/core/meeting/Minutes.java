package org.tresse.core.meeting;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.tresse.core.export.MarkdownText;
import org.tresse.core.markup.Html;
import org.tresse.core.markup.Markup;

/**
 * A meeting's minutes (compte rendu): a title, a line under it, and sections of lines. Written as
 * Markdown (the file, the print pipeline), as Tresse's chat markup, and as a standalone XHTML page.
 */
public record Minutes(String title, String subtitle, List<Section> sections) {
    public Minutes {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /** A heading and its lines; {@code numbered} lists them 1., 2.… */
    public record Section(String heading, List<String> lines, boolean numbered) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** Markdown: a {@code #} title, {@code ##} sections, lists; every text in it escaped. */
    public String markdown() {
        StringBuilder text = new StringBuilder("# ").append(MarkdownText.inline(title)).append("\n\n")
                .append(MarkdownText.inline(subtitle)).append('\n');
        for (Section section : sections) {
            text.append("\n## ").append(MarkdownText.inline(section.heading())).append("\n\n");
            lines(text, section, MarkdownText::inline);
        }
        return text.toString();
    }

    /** Tresse's chat markup: bold headings, lists; every text in it literal (titles, names, items and notes are people's). */
    public String chat() {
        StringBuilder text = new StringBuilder("**").append(Markup.literal(title)).append("**\n").append(Markup.literal(subtitle)).append('\n');
        for (Section section : sections) {
            text.append("\n**").append(Markup.literal(section.heading())).append("**\n");
            lines(text, section, Markup::literal);
        }
        return text.toString();
    }

    /** A standalone XHTML page (well-formed, every text escaped), for the web and the PDF renderer. */
    public String html(String language) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(Html.escape(language)).append("\"><head><meta charset=\"UTF-8\"/><title>").append(Html.escape(title))
                .append("</title></head><body>\n<h1>").append(Html.escape(title)).append("</h1>\n<p>").append(Html.escape(subtitle))
                .append("</p>\n");
        for (Section section : sections) {
            html.append("<h2>").append(Html.escape(section.heading())).append("</h2>\n").append(section.numbered() ? "<ol>" : "<ul>");
            for (String line : section.lines()) {
                html.append("<li>").append(Html.escape(line)).append("</li>");
            }
            html.append(section.numbered() ? "</ol>\n" : "</ul>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** The section's lines as a list, each written as {@code literal} has it: what people wrote is never markup. */
    private static void lines(StringBuilder text, Section section, UnaryOperator<String> literal) {
        int number = 1;
        for (String line : section.lines()) {
            text.append(section.numbered() ? (number++) + ". " : "- ").append(literal.apply(line.replace('\n', ' '))).append('\n');
        }
    }
}
