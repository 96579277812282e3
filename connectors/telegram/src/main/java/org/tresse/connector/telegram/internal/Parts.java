package org.tresse.connector.telegram.internal;

import java.util.List;
import java.util.stream.Stream;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Button;
import org.tresse.core.message.PollPresentation;

/** The Bot API requests of an outbound message's parts: its texts, its poll in the poll's shape, its file. */
final class Parts {
    /** Telegram's parse mode, spelled as in the Bot API documentation. */
    private static final String HTML = "HTML";
    /** The longest caption of a document. */
    static final int CAPTION_LENGTH = 1024;

    private Parts() {}

    /** The poll's part: a native poll, or its question and options as text, with its buttons or without. */
    static Object poll(String chatId, PollPresentation poll, List<List<Button>> buttons, PollPlan.Shape shape) {
        return switch (shape) {
            case NATIVE -> nativePoll(chatId, poll, buttons);
            case BUTTONS -> text(chatId, PollPlan.asText(poll), null, Stream.concat(PollPlan.buttons(poll).stream(), buttons.stream()).toList());
            case TEXT -> text(chatId, PollPlan.asText(poll), null, List.of());
        };
    }

    static SendMessage text(String chatId, String html, Integer replyTo, List<List<Button>> buttons) {
        SendMessage.SendMessageBuilder<?, ?> request = SendMessage.builder().chatId(chatId).text(html).parseMode(HTML);
        if (replyTo != null) {
            request.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        if (!buttons.isEmpty()) {
            request.replyMarkup(Keyboards.of(buttons));
        }
        return request.build();
    }

    /** A file sent as a document: {@code sendDocument}, its caption HTML (null for none). */
    record Document(String chatId, Attachment file, String caption, Integer replyTo) {
        /** The request, as a form with the file. */
        FormData form(com.fasterxml.jackson.databind.ObjectMapper json) {
            FormData form = new FormData().field("chat_id", chatId).file("document", file.fileName(), file.mediaType(), file.content());
            if (caption != null) {
                form.field("caption", caption).field("parse_mode", HTML);
            }
            if (replyTo != null) {
                form.field("reply_parameters", json.createObjectNode().put("message_id", replyTo)
                        .put("allow_sending_without_reply", true).toString());
            }
            return form;
        }
    }

    /**
     * The parts of a message carrying a file: one document captioned with the text when it fits a
     * caption and has no buttons, else the document first, then the text parts. The document comes
     * first so that a refused file is refused before anything of the message went out.
     */
    static List<Object> withDocument(String chatId, Attachment file, String text, Integer replyTo, List<Object> textParts,
            boolean hasButtons) {
        List<String> caption = text.isBlank() ? List.of() : HtmlRenderer.render(text, CAPTION_LENGTH);
        if (caption.size() <= 1 && !hasButtons) {
            return List.of(new Document(chatId, file, caption.isEmpty() ? null : caption.get(0), replyTo));
        }
        return Stream.concat(Stream.of(new Document(chatId, file, null, replyTo)), textParts.stream()).toList();
    }

    private static SendPoll nativePoll(String chatId, PollPresentation poll, List<List<Button>> buttons) {
        List<InputPollOption> options = poll.options().stream()
                .map(option -> (InputPollOption) InputPollOption.builder().text(option.strip()).build())
                .toList();
        SendPoll.SendPollBuilder<?, ?> request = SendPoll.builder()
                .chatId(chatId)
                .question(poll.question())
                .options(options)
                .isAnonymous(false)
                .allowMultipleAnswers(PollPlan.multipleAnswers(poll));
        if (!buttons.isEmpty()) {
            request.replyMarkup(Keyboards.of(buttons));
        }
        return request.build();
    }
}
