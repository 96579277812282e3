package org.tresse.commands.poll;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.commands.Command;
import org.tresse.core.engine.AroundRouter;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.MessageHandler;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.Polls;
import org.tresse.core.text.Folding;

/**
 * An answer to an open consultation, {@code /vote 7 …}, taken before the command line would split
 * it: free text of any length (an email of several paragraphs), with its quotes and dashes, kept
 * as written. A sender the channel does not vouch for goes on to the router, whose one rule holds
 * the answer until they confirm; any other command, and a vote in any other poll, too.
 */
final class ConsultationIntake implements AroundRouter {
    private static final Pattern ANSWER = Pattern.compile("\\A/([^\\s\\p{Z}@]+)(?:@\\S*)?[\\s\\p{Z}]+#?(\\d{1,12})[\\s\\p{Z}]+(\\S.*)\\z",
            Pattern.DOTALL);

    private final Polls polls;
    private final Voting voting;
    private final List<String> names;

    ConsultationIntake(Polls polls, Voting voting, Command vote) {
        this.polls = polls;
        this.voting = voting;
        this.names = vote.allNames().stream().map(Folding::fold).toList();
    }

    @Override
    public MessageHandler around(MessageHandler next) {
        return conversation -> {
            if (!taken(conversation)) {
                next.handle(conversation);
            }
        };
    }

    private boolean taken(Conversation conversation) {
        if (!conversation.inbound().verified()) {
            return false;
        }
        Matcher matcher = ANSWER.matcher(conversation.inbound().text().orElse("").strip());
        if (!matcher.matches() || !names.contains(Folding.fold(matcher.group(1)))) {
            return false;
        }
        Optional<Poll> poll = polls.find(conversation.handle(), Long.parseLong(matcher.group(2)))
                .filter(found -> found.kind() == PollKind.CONSULTATION && found.isOpen());
        if (poll.isEmpty()) {
            return false;
        }
        voting.answer(conversation, poll.get(), matcher.group(3).strip());
        return true;
    }
}
