package org.tresse.web.channel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.core.engine.Conversation;
import org.tresse.core.message.Content;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.Polls;
import org.tresse.core.outbox.Outbox;

/**
 * An answer to a consultation typed in a web form: free text of any length, with quotes and
 * dashes, that a command line would split. The web sends it as {@code /vote N} and the text on
 * the following lines; this handler, put around the command router, stores it through the same
 * {@link Polls#answer} (eligibility, the voices, anonymity of a secret consultation) in the same
 * transaction. Everything else goes on to the router.
 */
public final class WebIntake implements FormIntake {
    private static final Pattern ANSWER = Pattern.compile("\\A/vote (\\d{1,12})\\n(.+)\\z", Pattern.DOTALL);

    private final Polls polls;

    public WebIntake(Polls polls) {
        this.polls = polls;
    }

    /** The text the web sends for an answer to consultation {@code pollKey}. */
    public static String answerText(String pollKey, String answer) {
        return "/vote " + pollKey + "\n" + answer;
    }

    @Override
    public boolean handled(Conversation conversation) {
        Matcher matcher = ANSWER.matcher(conversation.inbound().text().orElse(""));
        if (!matcher.matches()) {
            return false;
        }
        Poll poll = polls.getOpen(conversation.handle(), matcher.group(1));
        if (poll.kind() != PollKind.CONSULTATION) {
            return false;
        }
        polls.answer(conversation.handle(), poll, conversation.person().id(), conversation.inbound(), matcher.group(2));
        if (poll.rules().secret()) {
            conversation.send(conversation.hereDestination(), Content.notice(conversation.t("web.reponse.anonyme", poll.key())),
                    Outbox.EPHEMERAL);
        } else {
            conversation.reply(conversation.t("web.reponse.enregistree", poll.key()));
        }
        return true;
    }
}
