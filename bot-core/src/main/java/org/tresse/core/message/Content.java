package org.tresse.core.message;

import java.util.List;
import java.util.Objects;

/**
 * What an outbound message says, channel-neutral.
 *
 * @param text     text in Tresse's small Markdown subset (see {@code org.tresse.core.markup})
 * @param buttons  rows of buttons, may be empty
 * @param poll     a poll to present natively, or null
 * @param replyTo  the channel's event id this answers, or null
 * @param edits    the channel's message id of an earlier message this one replaces, where the
 *                 channel can edit; a channel that can't edit sends it as a new message
 */
public record Content(String text, List<List<Button>> buttons, PollPresentation poll, String replyTo, String edits) {
    public Content {
        Objects.requireNonNull(text, "text");
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    public static Content text(String text) {
        return new Content(text, List.of(), null, null, null);
    }

    public Content replyingTo(String eventId) {
        return new Content(text, buttons, poll, eventId, edits);
    }

    public Content withButtons(List<List<Button>> rows) {
        return new Content(text, rows, poll, replyTo, edits);
    }

    public Content withPoll(PollPresentation presentation) {
        return new Content(text, buttons, presentation, replyTo, edits);
    }

    public Content editing(String messageId) {
        return new Content(text, buttons, poll, replyTo, messageId);
    }
}
