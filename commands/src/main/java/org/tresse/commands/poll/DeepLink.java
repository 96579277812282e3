package org.tresse.commands.poll;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.core.engine.Conversation;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.Polls;

/**
 * {@code /start p12}: what Telegram sends when someone opens {@code https://t.me/<bot>?start=p12}
 * (a poster's code, a link on the web), and the subject of the mail a poster's email code writes.
 * The bot answers in private with poll 12's presentation and how to vote: natively where the
 * channel can, as a ballot answered by reply by email. {@code /start} alone says hello.
 */
final class DeepLink {
    /** Telegram's payloads are 1 to 64 of {@code A-Za-z0-9_-}; a poll's is {@code p} and its number. */
    private static final Pattern POLL = Pattern.compile("[pP](\\d{1,12})");

    private final Polls polls;
    private final PollPublisher publisher;

    DeepLink(Polls polls, PollPublisher publisher) {
        this.polls = polls;
        this.publisher = publisher;
    }

    Command command() {
        return Command.named("start", PollFeature.BUNDLE).arguments(0, 1).harmlessIfForged().does(this::run);
    }

    private void run(CommandCall call) {
        Conversation conversation = call.conversation();
        Matcher payload = call.arguments().isEmpty() ? null : POLL.matcher(call.argument(0));
        if (payload == null || !payload.matches()) {
            conversation.replyPrivately(call.t(call.arguments().isEmpty() ? "start.bienvenue" : "start.lien.inconnu"));
            return;
        }
        Optional<Poll> found = polls.find(call.handle(), Long.parseLong(payload.group(1)));
        if (found.isEmpty()) {
            conversation.replyPrivately(call.t("sondage.inconnu", payload.group(1)));
            return;
        }
        Poll poll = found.get();
        if (!poll.isOpen()) {
            conversation.replyPrivately(call.t("sondage.clos", poll.key()));
            return;
        }
        OptionalInt eligible = polls.eligibleCount(call.handle(), poll);
        conversation.replyPrivately(publisher.ballot(conversation.texts(), poll, conversation.inbound().channel(), eligible.orElse(-1)));
    }
}
