package org.tresse.commands.poll;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.internal.Words;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.Texts;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Formatted;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Content;
import org.tresse.core.message.Payload;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.poll.Answer;
import org.tresse.core.poll.AnswerParser;
import org.tresse.core.poll.Availability;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.Polls;

/**
 * Votes, however they come: {@code /vote N ...}, a native poll's answer, a button press. Each
 * vote is acknowledged to the voter alone; a group room only ever sees the tally.
 */
final class Voting {

    private final ZoneId zone;
    private final Polls polls;
    private final PollPublisher publisher;

    Voting(Polls polls, PollPublisher publisher, ZoneId zone) {
        this.zone = zone;
        this.polls = polls;
        this.publisher = publisher;
    }

    Command command() {
        return Command.named("vote", PollFeature.BUNDLE).arguments(1, 60).does(this::run);
    }

    private void run(CommandCall call) {
        Conversation conversation = call.conversation();
        Poll poll = polls.getOpen(call.handle(), call.argument(0));
        List<String> words = call.arguments().subList(1, call.arguments().size());
        if (poll.rules().secret() && !conversation.inbound().isPrivate()) {
            throw call.fail("vote.secret.en.groupe", poll.key());
        }
        if (poll.kind() == PollKind.CONSULTATION) {
            answer(conversation, poll, answerText(conversation, call.argument(0)));
            return;
        }
        if (words.size() == 1 && Vocabulary.of(PollFeature.BUNDLE).means("mots.vote.retirer", words.get(0))
                && poll.options().stream().noneMatch(option -> Words.fold(option).equals(Words.fold(words.get(0))))) {
            withdraw(conversation, poll);
            return;
        }
        refuseIfIneligible(conversation, poll);
        Answer answer = new AnswerParser(poll, PollFormat.numbered(conversation.texts(), poll)).parse(words);
        record(conversation, poll, answer);
    }

    /**
     * Stores an answer to a consultation, as typed, and thanks for it (in private; a secret
     * consultation's thanks is deleted from the outbox once delivered, like an anonymous voice's receipt).
     */
    void answer(Conversation conversation, Poll poll, String text) {
        if (poll.rules().secret() && !conversation.inbound().isPrivate()) {
            throw new UserError("vote.secret.en.groupe", poll.key());
        }
        polls.answer(conversation.handle(), poll, conversation.person().id(), conversation.inbound(), text);
        if (poll.rules().secret()) {
            conversation.send(conversation.hereDestination(), Content.notice(conversation.t("vote.reponse.anonyme", poll.key())),
                    Outbox.EPHEMERAL);
        } else {
            conversation.replyPrivately(conversation.t("vote.reponse.enregistree", poll.key()));
        }
    }

    /** The free text after the poll number, quotes kept as typed. */
    private static String answerText(Conversation conversation, String key) {
        String line = conversation.inbound().text().orElse("").strip();
        int at = line.indexOf(key);
        return at < 0 ? "" : line.substring(at + key.length()).strip();
    }

    void pollAnswer(Conversation conversation, Payload.PollAnswer answer) {
        privately(conversation, () -> {
            Poll poll = polls.getOpen(conversation.handle(), answer.pollKey());
            if (answer.choices().isEmpty()) {
                withdraw(conversation, poll);
                return;
            }
            refuseIfIneligible(conversation, poll);
            record(conversation, poll, new AnswerParser(poll, PollFormat.numbered(conversation.texts(), poll)).fromChoices(answer.choices()));
        });
    }

    /** Buttons carry {@code v:KEY:N}; in a multiple choice a press adds or removes option N. */
    void buttonPress(Conversation conversation, Payload.ButtonPress press) {
        privately(conversation, () -> {
            String[] parts = press.data().split(":");
            if (parts.length != 3 || !parts[2].matches("\\d{1,2}")) {
                throw new UserError("vote.bouton.inconnu");
            }
            Poll poll = polls.getOpen(conversation.handle(), parts[1]);
            int choice = Integer.parseInt(parts[2]);
            refuseIfIneligible(conversation, poll);
            List<Integer> choices = new ArrayList<>(List.of(choice));
            if (poll.kind() == PollKind.MULTIPLE) {
                Optional<Answer> current = polls.currentVote(conversation.handle(), poll, conversation.person().id());
                List<Integer> chosen = new ArrayList<>();
                current.ifPresent(answer -> ((Answer.Choice) answer).options().forEach(option -> chosen.add(option + 1)));
                if (chosen.contains(choice)) {
                    chosen.remove(Integer.valueOf(choice));
                } else {
                    chosen.add(choice);
                }
                if (chosen.isEmpty()) {
                    withdraw(conversation, poll);
                    return;
                }
                choices = chosen;
            } else if (poll.kind() == PollKind.DATES) {
                // a press says "this date suits me", or no longer
                if (choice < 1 || choice > poll.options().size()) {
                    throw new UserError("vote.option.hors.limites", choice, poll.options().size(),
                            Formatted.of(PollFormat.numbered(conversation.texts(), poll)));
                }
                Answer.Dates current = polls.currentVote(conversation.handle(), poll, conversation.person().id())
                        .map(Answer.Dates.class::cast).orElse(Answer.Dates.choosing(poll.options().size(), List.of()));
                List<Availability> dates = new ArrayList<>();
                for (int option = 0; option < poll.options().size(); option++) {
                    Availability now = current.at(option);
                    dates.add(option == choice - 1 ? (now == Availability.YES ? Availability.NO : Availability.YES) : now);
                }
                refuseIfIneligible(conversation, poll);
                record(conversation, poll, new Answer.Dates(dates));
                return;
            } else if (poll.kind() != PollKind.SINGLE && poll.kind() != PollKind.PROPOSAL) {
                throw new UserError("vote.natif.impossible", poll.key());
            }
            record(conversation, poll, new AnswerParser(poll, PollFormat.numbered(conversation.texts(), poll)).fromChoices(choices));
        });
    }

    private void refuseIfIneligible(Conversation conversation, Poll poll) {
        Optional<UserError> refusal = polls.refusal(conversation.handle(), poll, conversation.person().id(), conversation.inbound().verified());
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private void record(Conversation conversation, Poll poll, Answer answer) {
        boolean replaced = polls.vote(conversation.handle(), poll, conversation.person().id(), conversation.inbound().verified(), answer,
                conversation.inbound().channel());
        Texts texts = conversation.texts();
        String deadline = poll.closesAt().map(at -> texts.get("vote.jusqua", Dates.dateTime(texts, at, zone)))
                .orElseGet(() -> texts.get("vote.jusqua.cloture"));
        String text = poll.rules().secret()
                ? texts.get(replaced ? "vote.secret.modifie" : "vote.secret.enregistre", poll.key(), Markup.literal(poll.question()), deadline)
                : texts.get(replaced ? "vote.modifie" : "vote.enregistre", poll.key(), Markup.literal(poll.question()),
                        PollFormat.describe(texts, poll, answer), deadline);
        conversation.replyPrivately(text);
        publisher.voteRecorded(conversation.handle(), poll);
    }

    private void withdraw(Conversation conversation, Poll poll) {
        boolean removed = polls.withdraw(conversation.handle(), poll, conversation.person().id());
        conversation.replyPrivately(conversation.t(removed ? "vote.retire" : "vote.rien.a.retirer", poll.key()));
        if (removed) {
            publisher.voteRecorded(conversation.handle(), poll);
        }
    }

    /** Native answers and buttons have no message to reply to in the group: refusals go in private. */
    private static void privately(Conversation conversation, Runnable work) {
        try {
            work.run();
        } catch (UserError refusal) {
            conversation.replyPrivately(conversation.t(refusal.key(), refusal.arguments()));
        }
    }
}
