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
 * whose data is {@code v:KEY:N} (N from 1).
 */
public final class PollPlan {
    /** Telegram's limits for sendPoll (Bot API 9.1+: 2 to 12 options). */
    public static final int MAX_OPTIONS = 12;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_OPTION_TEXT = 100;
    private static final int MAX_BUTTON_LABEL = 60;

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
