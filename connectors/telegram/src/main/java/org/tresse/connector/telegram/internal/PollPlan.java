package org.tresse.connector.telegram.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tresse.core.message.Button;
import org.tresse.core.message.PollPresentation;

/**
 * How a poll is shown on Telegram: a native, non-anonymous poll where Telegram's poll can say
 * the same thing (proposal, single choice, multiple choice without a smaller limit, results
 * visible, within Telegram's sizes); otherwise the message text with one button per option,
 * whose data is {@code v:KEY:N} (N from 1). A native poll Telegram keeps failing to take
 * ({@code sendPoll} answering 5xx) is sent with buttons after {@link #NATIVE_TRIES} attempts, then
 * as plain text (the question and its numbered options, answered with {@code /vote}) after
 * {@link #BUTTON_TRIES} more, so one poll never holds its chat for long.
 */
public final class PollPlan {
    /** Telegram's limits for sendPoll (Bot API 9.1+: 2 to 12 options). */
    public static final int MAX_OPTIONS = 12;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_OPTION_TEXT = 100;
    private static final int MAX_BUTTON_LABEL = 60;
    /** Attempts at a native poll before it is sent with buttons. */
    public static final int NATIVE_TRIES = 2;
    /** Attempts with buttons before the poll is sent as plain text. */
    public static final int BUTTON_TRIES = 2;

    /** How a native poll is sent at a given attempt. */
    public enum Shape { NATIVE, BUTTONS, TEXT }

    private PollPlan() {}

    public static boolean isNative(PollPresentation poll) {
        if (!poll.isChoice() || poll.secret() || poll.resultsHidden()) {
            return false;
        }
        int options = poll.options().size();
        if (options < 2 || options > MAX_OPTIONS || poll.question().isBlank() || poll.question().length() > MAX_QUESTION) {
            return false;
        }
        if (poll.options().stream().anyMatch(option -> option.isBlank() || option.length() > MAX_OPTION_TEXT)) {
            return false;
        }
        return poll.kind() != PollPresentation.Kind.MULTIPLE || poll.maxSelections() <= 0 || poll.maxSelections() >= options;
    }

    /** The shape of a native poll's part at attempt {@code attempt} (1 for the first). */
    public static Shape shape(PollPresentation poll, int attempt) {
        if (attempt <= NATIVE_TRIES) {
            return Shape.NATIVE;
        }
        return attempt <= NATIVE_TRIES + BUTTON_TRIES && !buttons(poll).isEmpty() ? Shape.BUTTONS : Shape.TEXT;
    }

    /** The question and its numbered options, as Telegram HTML: the poll when no native poll could be sent. */
    public static String asText(PollPresentation poll) {
        StringBuilder text = new StringBuilder("<b>").append(HtmlRenderer.escape(poll.question().strip())).append("</b>");
        for (int index = 0; index < poll.options().size(); index++) {
            text.append('\n').append(index + 1).append(". ").append(HtmlRenderer.escape(poll.options().get(index).strip()));
        }
        return text.toString();
    }

    /** Telegram lets several answers be chosen. */
    public static boolean multipleAnswers(PollPresentation poll) {
        return poll.kind() == PollPresentation.Kind.MULTIPLE && poll.maxSelections() != 1;
    }

    /** One button per option, for polls not shown natively; none for consultations or closed polls. */
    public static List<List<Button>> buttons(PollPresentation poll) {
        List<List<Button>> rows = new ArrayList<>();
        if (poll.closed() || poll.kind() == PollPresentation.Kind.CONSULTATION) {
            return rows;
        }
        for (int index = 0; index < poll.options().size(); index++) {
            String data = data(poll.key(), index + 1);
            if (data.getBytes(StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
                return List.of();
            }
            rows.add(List.of(new Button(label(index + 1, poll.options().get(index)), data)));
        }
        return rows;
    }

    /** The callback data of option {@code number} (1-based) of poll {@code key}. */
    public static String data(String key, int number) {
        return "v:" + key + ":" + number;
    }

    private static String label(int number, String option) {
        String label = number + ". " + option.strip();
        return label.length() > MAX_BUTTON_LABEL ? label.substring(0, MAX_BUTTON_LABEL - 1) + "…" : label;
    }
}
