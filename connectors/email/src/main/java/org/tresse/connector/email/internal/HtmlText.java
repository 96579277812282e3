package org.tresse.connector.email.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML mail, with its line structure: paragraphs, line breaks and list items
 * become lines; quoted messages (blockquote, Gmail and Outlook reply blocks) are dropped.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer",
            "table", "tr", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "address", "dl", "dt",
            "dd");
    private static final String QUOTED = "blockquote, div.gmail_quote, div.gmail_signature, div.moz-cite-prefix,"
            + " div.moz-signature, #divRplyFwdMsg, div.yahoo_quoted, script, style, head, title";

    private HtmlText() {}

    public static String toText(String html) {
        Document document = Jsoup.parse(html);
        Element outlookReply = document.getElementById("divRplyFwdMsg");
        if (outlookReply != null) {
            // Outlook puts the quoted message after this block, as siblings
            outlookReply.siblingElements().stream()
                    .filter(sibling -> sibling.elementSiblingIndex() > outlookReply.elementSiblingIndex())
                    .forEach(Element::remove);
        }
        Element appendOnSend = document.getElementById("appendonsend");
        if (appendOnSend != null) {
            appendOnSend.siblingElements().stream()
                    .filter(sibling -> sibling.elementSiblingIndex() > appendOnSend.elementSiblingIndex())
                    .forEach(Element::remove);
        }
        document.select(QUOTED).remove();
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, document.body());
        return collector.text();
    }

    /** Walks the tree, writing text and line breaks. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(preDepth > 0 ? text.getWholeText() : text.text());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    newLine();
                    if (tag.equals("li")) {
                        out.append("- ");
                    }
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                } else if (tag.equals("td") || tag.equals("th")) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                        out.append(' ');
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                if (element.normalName().equals("pre")) {
                    preDepth--;
                }
                if (element.normalName().equals("p")) {
                    newLine();
                    out.append('\n');
                } else {
                    newLine();
                }
            }
        }

        private void appendText(String text) {
            if (text.isEmpty()) {
                return;
            }
            boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
            out.append(atLineStart && preDepth == 0 ? text.stripLeading() : text);
        }

        private void newLine() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        String text() {
            return out.toString();
        }
    }
}
