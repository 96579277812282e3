package org.tresse.core.message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tresse.core.i18n.Language;

/**
 * What an outbound message says, channel-neutral.
 *
 * @param kind     what the message is (a reply, a personal notice, a ballot, a broadcast, a digest)
 * @param text     text in Tresse's small Markdown subset (see {@code org.tresse.core.markup})
 * @param buttons  rows of buttons, may be empty
 * @param poll     a poll to present natively, or null
 * @param replyTo  the channel's event id this answers, or null
 * @param edits    the channel's message id of an earlier message this one replaces, where the
 *                 channel can edit; a channel that can't edit sends it as a new message
 * @param language the language the text is written in (for the channel's own words around it:
 *                 a footer, a subject), or null for the association's language
 * @param attachments files for the channels that attach files (an event's .ics by email, a report's PDF); may be
 *                 empty; at most one of them is a {@linkplain Attachment#binary() file}
 */
public record Content(MessageKind kind, String text, List<List<Button>> buttons, PollPresentation poll, String replyTo,
        String edits, Language language, List<Attachment> attachments) {
    public Content {
        Objects.requireNonNull(text, "text");
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (attachments.stream().filter(Attachment::binary).count() > 1) {
            throw new IllegalArgumentException("a message carries one file at most");
        }
        if (kind == null) {
            // rows written before kinds existed: what the channels guessed then
            kind = replyTo != null ? MessageKind.REPLY : poll != null ? MessageKind.NOTICE : MessageKind.BROADCAST;
        }
    }

    public static Content of(MessageKind kind, String text) {
        return new Content(kind, text, List.of(), null, null, null, null, List.of());
    }

    /** A personal notice: answers nothing just written. */
    public static Content notice(String text) {
        return of(MessageKind.NOTICE, text);
    }

    /** The answer to the event {@code eventId}. */
    public static Content reply(String text, String eventId) {
        return new Content(MessageKind.REPLY, text, List.of(), null, eventId, null, null, List.of());
    }

    /** An announcement or a presentation shown to many. */
    public static Content broadcast(String text) {
        return of(MessageKind.BROADCAST, text);
    }

    public Content replyingTo(String eventId) {
        return new Content(MessageKind.REPLY, text, buttons, poll, eventId, edits, language, attachments);
    }

    public Content withKind(MessageKind newKind) {
        return new Content(newKind, text, buttons, poll, replyTo, edits, language, attachments);
    }

    public Content withButtons(List<List<Button>> rows) {
        return new Content(kind, text, rows, poll, replyTo, edits, language, attachments);
    }

    public Content withPoll(PollPresentation presentation) {
        return new Content(kind, text, buttons, presentation, replyTo, edits, language, attachments);
    }

    public Content editing(String messageId) {
        return new Content(kind, text, buttons, poll, replyTo, messageId, language, attachments);
    }

    public Content in(Language textLanguage) {
        return new Content(kind, text, buttons, poll, replyTo, edits, textLanguage, attachments);
    }

    /** The same message with these files, for the channels that attach files. */
    public Content withAttachments(List<Attachment> files) {
        return new Content(kind, text, buttons, poll, replyTo, edits, language, files);
    }

    /** The file this message carries (not its text attachments), if any. */
    public Optional<Attachment> file() {
        return attachments.stream().filter(Attachment::binary).findFirst();
    }

    /** The same message with its file's bytes read back, or without them (as its outbox row keeps it). */
    public Content withFileBytes(byte[] bytes) {
        return withAttachments(attachments.stream().map(file -> !file.binary() ? file : bytes == null ? file.withoutBytes()
                : file.withBytes(bytes)).toList());
    }

    /** What is sent where the file cannot go: what it says {@code instead}, or the same text without the file. */
    public Content withoutFile() {
        Optional<Attachment> file = file();
        if (file.isEmpty()) {
            return this;
        }
        String said = file.get().instead() != null ? file.get().instead() : text;
        return new Content(kind, said, buttons, poll, replyTo, edits, language,
                attachments.stream().filter(attachment -> !attachment.binary()).toList());
    }
}
