package org.tresse.web.view;

import java.util.List;
import java.util.Optional;

/**
 * A page that says one thing: a confirmation, a refusal, an error. {@code replyHtml} is what
 * Tresse answered, rendered safely; {@code linkHref} and {@code linkText} a way on.
 */
public record Message(String heading, List<String> paragraphs, Optional<String> replyHtml, Optional<String> linkHref,
        Optional<String> linkText) {
    public Message {
        paragraphs = List.copyOf(paragraphs);
    }

    public static Message of(String heading, String... paragraphs) {
        return new Message(heading, List.of(paragraphs), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Message withLink(String href, String text) {
        return new Message(heading, paragraphs, replyHtml, Optional.of(href), Optional.of(text));
    }

    public Message withReply(String html) {
        return new Message(heading, paragraphs, Optional.of(html), linkHref, linkText);
    }
}
