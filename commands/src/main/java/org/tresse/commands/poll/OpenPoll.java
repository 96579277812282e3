package org.tresse.commands.poll;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.groups.GroupFeature;
import org.tresse.commands.poll.internal.DeadlineWords;
import org.tresse.core.calendar.When;
import org.tresse.commands.poll.internal.QuestionShape;
import org.tresse.core.engine.Conversation;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Audience;
import org.tresse.core.poll.Deadlines;
import org.tresse.core.poll.OpenedPoll;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollDraft;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollRules;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.Quorum;
import org.tresse.core.poll.Threshold;

/** {@code /sondage "Question ?" "option A" "option B" --type choix --jusqua dimanche 20h ...}. */
final class OpenPoll {
    private final Polls polls;
    private final Groups groups;
    private final PollPublisher publisher;
    private final ResultPublisher results;
    private final ZoneId zone;

    OpenPoll(Polls polls, Groups groups, PollPublisher publisher, ResultPublisher results, ZoneId zone) {
        this.polls = polls;
        this.groups = groups;
        this.publisher = publisher;
        this.results = results;
        this.zone = zone;
    }

    Command command() {
        return Command.named("sondage", PollFeature.BUNDLE).role(Role.MEMBER).arguments(1, 40)
                .option("type")
                .option(CommandCall.GROUP)
                .flag("public")
                .flag("secret")
                .flag("resultats-caches")
                .flag("resultats-en-direct")
                .option("jusqua")
                .option("quorum")
                .option("seuil")
                .option("rappel")
                .flag("consentement")
                .option("max")
                .does(this::run);
    }

    private void run(CommandCall call) {
        if (call.arguments().size() >= 2 && call.argument(0).matches("#?\\d{1,12}")
                && Vocabulary.of(PollFeature.BUNDLE).means("mots.sondage.annuler", call.argument(1))) {
            cancel(call);
            return;
        }
        Conversation conversation = call.conversation();
        Instant now = conversation.now();
        DeadlineWords.Read words = DeadlineWords.read(call.command(), conversation.inbound().text().orElse("/"), "jusqua",
                text -> Deadlines.understands(text, now, zone));
        List<String> arguments = words.arguments();
        if (arguments.isEmpty()) {
            throw call.usage();
        }
        String line = conversation.inbound().text().orElse("/").strip().split("\n", 2)[0];
        QuestionShape.quoted(line, arguments, word -> Vocabulary.of(PollFeature.BUNDLE).means("mots.sondage.interrogatif", word))
                .ifPresent(quoted -> {
                    throw call.fail("sondage.question.coupee", quoted);
                });
        List<String> options = new ArrayList<>(arguments.subList(1, arguments.size()));
        PollKind kind = call.option("type")
                .map(type -> PollKind.parse(type).orElseThrow(() -> call.fail("sondage.type.inconnu", type)))
                .orElse(options.isEmpty() ? PollKind.PROPOSAL : PollKind.SINGLE);
        if (kind == PollKind.DATES) {
            // each date as people write it ("mardi 12 mars 20h"), kept as a local date and time
            options.replaceAll(option -> When.read(option, now, zone).toString());
        }
        Optional<String> group = call.option(CommandCall.GROUP).map(name -> GroupFeature.find(call, groups, name).slug());
        Audience audience = call.flag("public") ? Audience.anyone(group) : group.map(Audience::group).orElse(Audience.members());
        int max = call.option("max").map(value -> number(call, value)).orElse(kind == PollKind.MULTIPLE ? 0 : 1);
        Optional<Quorum> quorum = call.option("quorum")
                .map(value -> Quorum.parse(value).orElseThrow(() -> call.fail("sondage.quorum.format", value)));
        Optional<Threshold> threshold = call.option("seuil")
                .map(value -> Threshold.parse(value).orElseThrow(() -> call.fail("sondage.seuil.format", value)));
        Optional<Duration> reminder = call.option("rappel")
                .map(value -> Deadlines.duration(value).orElseThrow(() -> call.fail("sondage.rappel.format", value)));
        Optional<Instant> closesAt = words.deadline().map(text -> Deadlines.parse(text, now, zone));
        if (call.flag("resultats-caches") && call.flag("resultats-en-direct")) {
            throw call.fail("sondage.resultats.contradiction");
        }
        // a secret poll shows its results at close, unless asked: a live tally, even in batches, says something
        boolean hidden = call.flag("resultats-caches") || (call.flag("secret") && !call.flag("resultats-en-direct"));
        PollRules rules = new PollRules(call.flag("secret"), hidden, call.flag("consentement"), max, quorum, threshold, reminder);
        OpenedPoll opened = polls.open(call.handle(), new PollDraft(arguments.get(0), kind, options, audience, rules, closesAt,
                call.personId(), conversation.hereDestination()));
        Poll poll = opened.poll();
        List<Destination.Room> rooms = publisher.present(call.handle(), poll, conversation.texts(), opened.eligible().orElse(-1));
        confirm(call, opened, rooms);
    }

    /** {@code /sondage 12 annuler "c’était un essai"}: the author or the coordination; votes discarded, nothing in the register. */
    private void cancel(CommandCall call) {
        Poll poll = polls.getOpen(call.handle(), call.argument(0));
        if (!PollFeature.mayManage(call, poll)) {
            throw call.fail("sondage.annuler.interdit", poll.key());
        }
        Poll cancelled = polls.cancel(call.handle(), poll, call.personId(), call.rest(2))
                .orElseThrow(() -> call.fail("sondage.clos", poll.key()));
        results.cancelled(call.handle(), cancelled, call.conversation().person().displayName());
        Destination here = call.conversation().hereDestination();
        if (polls.rooms(call.handle(), cancelled).stream().noneMatch(room -> room.equals(here))) {
            call.reply("sondage.annule.fait", poll.key(), Markup.literal(poll.question()));
        }
    }

    private void confirm(CommandCall call, OpenedPoll opened, List<Destination.Room> rooms) {
        Poll poll = opened.poll();
        StringBuilder text = new StringBuilder(call.t("sondage.ouvert", poll.key(), Markup.literal(poll.question())));
        text.append('\n').append(poll.closesAt()
                .map(deadline -> call.t("sondage.ouvert.cloture", Dates.dateTime(call.conversation().texts(), deadline, zone), poll.key()))
                .orElseGet(() -> call.t("sondage.ouvert.sans.cloture", poll.key())));
        poll.rules().reminder().ifPresent(before -> text.append('\n').append(call.t("sondage.ouvert.rappel",
                Dates.dateTime(call.conversation().texts(), poll.closesAt().orElseThrow().minus(before), zone))));
        long elsewhere = rooms.stream().filter(room -> !room.equals(call.conversation().hereDestination())).count();
        if (elsewhere > 0) {
            text.append('\n').append(call.t("sondage.ouvert.salons", elsewhere));
        }
        if (opened.quorumUnreachable()) {
            text.append('\n').append(call.t("sondage.quorum.inatteignable", poll.rules().quorum().orElseThrow(),
                    opened.eligible().orElse(0)));
        }
        if (call.conversation().inbound().roomKind() == RoomKind.GROUP) {
            call.conversation().replyPrivately(text.toString());
        } else {
            call.conversation().reply(text.toString());
        }
    }

    private static int number(CommandCall call, String value) {
        if (!value.strip().matches("\\d{1,3}")) {
            throw call.fail("sondage.max.format", value);
        }
        return Integer.parseInt(value.strip());
    }
}
