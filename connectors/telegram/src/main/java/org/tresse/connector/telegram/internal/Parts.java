package org.tresse.connector.telegram.internal;

import java.util.List;
import java.util.stream.Stream;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.tresse.core.message.Button;
import org.tresse.core.message.PollPresentation;

/** The Bot API requests of an outbound message's parts: its texts and its poll, in the poll's shape. */
final class Parts {
    /** Telegram's parse mode, spelled as in the Bot API documentation. */
    private static final String HTML = "HTML";

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
