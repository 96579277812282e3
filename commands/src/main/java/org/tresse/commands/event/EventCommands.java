package org.tresse.commands.event;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.event.internal.OptionText;
import org.tresse.commands.internal.Numbers;
import org.tresse.core.calendar.When;
import org.tresse.core.engine.Conversation;
import org.tresse.core.event.Event;
import org.tresse.core.event.EventChanged;
import org.tresse.core.event.Events;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.event.Rsvp;
import org.tresse.core.event.Rsvps;
import org.tresse.core.i18n.Texts;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.RoomKind;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.tally.DatesResult;

/**
 * {@code /evenement}: create ({@code /evenement "AG" --le "samedi 10h" --lieu "La Vayssade"}),
 * show ({@code /evenement 3}), {@code modifier}, {@code annuler} (a date or all), {@code deplacer}
 * (one date of a repeating event), and the partners' {@code proposer}, {@code approuver},
 * {@code refuser}, {@code propositions} ({@link PartnerCommands}).
 */
final class EventCommands {
    private static final List<String> SUBCOMMANDS = List.of("mots.evenement.modifier", "mots.evenement.annuler", "mots.evenement.deplacer",
            "mots.evenement.proposer", "mots.evenement.approuver", "mots.evenement.refuser", "mots.evenement.propositions");

    private final Events events;
    private final Rsvps rsvps;
    private final EventPublisher publisher;
    private final People people;
    private final Polls polls;
    private final EventDrafts drafts;
    private final PartnerCommands partners;
    private final Answering answering;
    private final ZoneId zone;

    EventCommands(Events events, Rsvps rsvps, EventPublisher publisher, People people, Polls polls, EventDrafts drafts,
            PartnerCommands partners, Answering answering, ZoneId zone) {
        this.events = events;
        this.rsvps = rsvps;
        this.publisher = publisher;
        this.people = people;
        this.polls = polls;
        this.drafts = drafts;
        this.partners = partners;
        this.answering = answering;
        this.zone = zone;
    }

    Command command() {
        return Command.named("evenement", EventFeature.BUNDLE).arguments(0, 200)
                .option("le")
                .option("fin")
                .option("duree")
                .option("lieu")
                .option("groupe")
                .option("places")
                .option("repete")
                .option("description")
                .option("partenaire")
                .option("sondage")
                .option("date")
                .option("raison")
                .option("titre")
                .flag("public")
                .harmlessIfForged(call -> call.arguments().size() == 1 && Numbers.parse(call.argument(0)).isPresent())
                .does(this::run);
    }

    private void run(CommandCall call) {
        OptionText.Read read = OptionText.read(call.command(), call.conversation().inbound().text().orElse("/"));
        List<String> words = read.arguments();
        if (words.isEmpty()) {
            throw call.usage();
        }
        Optional<String> sub = Vocabulary.of(EventFeature.BUNDLE).which(words.get(0), SUBCOMMANDS);
        if (sub.isEmpty() && words.size() == 1 && Numbers.parse(words.get(0)).isPresent()) {
            show(call, events.get(call.handle(), words.get(0)));
            return;
        }
        switch (sub.orElse("")) {
            case "mots.evenement.modifier" -> change(call, read, event(call, words));
            case "mots.evenement.annuler" -> cancel(call, read, event(call, words), words);
            case "mots.evenement.deplacer" -> move(call, read, event(call, words));
            case "mots.evenement.proposer" -> partners.propose(call, read, title(call, words.subList(1, words.size())));
            case "mots.evenement.approuver" -> partners.approve(call, event(call, words));
            case "mots.evenement.refuser" -> partners.decline(call, event(call, words), reason(read, words));
            case "mots.evenement.propositions" -> partners.list(call);
            default -> create(call, read, title(call, words));
        }
    }

    private void create(CommandCall call, OptionText.Read read, String title) {
        Conversation conversation = call.conversation();
        if (!conversation.hasRole(Role.MEMBER, read.option("groupe"))) {
            throw call.fail("evenement.membres.seulement");
        }
        var draft = drafts.draft(call, read, title, false, Optional.empty());
        if (read.option("sondage").isPresent()) {
            plan(call, draft, read.option("sondage").get());
            return;
        }
        Event event = events.create(call.handle(), draft);
        int reached = publisher.present(call.handle(), event, Optional.of(conversation.hereDestination()), conversation.texts());
        confirm(call, event, "evenement.cree", reached);
    }

    /** {@code --sondage 12}: the event waits for date poll 12 to close, or is created at its best date if it has. */
    private void plan(CommandCall call, org.tresse.core.event.EventDraft draft, String key) {
        Poll poll = polls.get(call.handle(), key);
        if (poll.kind() != PollKind.DATES) {
            throw call.fail("evenement.sondage.pas.dates", poll.key());
        }
        if (poll.isOpen()) {
            events.plan(call.handle(), poll.id(), draft);
            call.conversation().replyPrivately(call.t("evenement.planifie", Markup.literal(draft.title()), poll.key()));
            return;
        }
        DatesResult result = (DatesResult) polls.result(call.handle(), poll);
        if (result.best().isEmpty()) {
            throw call.fail("evenement.sondage.sans.date", poll.key());
        }
        LocalDateTime best = LocalDateTime.parse(poll.options().get(result.best().getAsInt()));
        Event event = events.create(call.handle(), draft.at(best));
        int reached = publisher.present(call.handle(), event, Optional.of(call.conversation().hereDestination()), call.conversation().texts());
        confirm(call, event, "evenement.cree", reached);
    }

    private void change(CommandCall call, OptionText.Read read, Event event) {
        refuseUnlessManager(call, event);
        EventChanged changed = events.change(call.handle(), event, drafts.change(call, read, event.start()));
        int told = changed.timeOrPlace() ? publisher.changed(call.handle(), changed.after()) : 0;
        changed.promoted().forEach(promotion -> publisher.promoted(call.handle(), promotion));
        Occurrence next = Occurrences.next(changed.after(), call.conversation().now(), zone).orElseThrow();
        call.conversation().replyPrivately(call.t("evenement.modifie", event.key(), Markup.literal(changed.after().title()),
                EventFormat.when(call.conversation().texts(), next), next.place().map(Markup::literal).orElse("—"), told));
    }

    private void cancel(CommandCall call, OptionText.Read read, Event event, List<String> words) {
        refuseUnlessManager(call, event);
        Optional<String> reason = reason(read, words);
        if (read.option("date").isPresent() && event.repeats()) {
            Occurrence date = answering.occurrence(call.conversation(), event, read.option("date"));
            Event changed = events.cancelOccurrence(call.handle(), date);
            int told = publisher.cancelled(call.handle(), changed, Optional.of(date), reason);
            call.conversation().replyPrivately(call.t("evenement.date.annulee", event.key(), EventFormat.when(call.conversation().texts(), date),
                    told));
            return;
        }
        Event cancelled = events.cancel(call.handle(), event, reason);
        int told = publisher.cancelled(call.handle(), cancelled, Optional.empty(), reason);
        call.conversation().replyPrivately(call.t("evenement.annule", event.key(), Markup.literal(event.title()), told));
    }

    private void move(CommandCall call, OptionText.Read read, Event event) {
        refuseUnlessManager(call, event);
        if (read.option("date").isEmpty() || (read.option("le").isEmpty() && read.option("lieu").isEmpty())) {
            throw call.fail("evenement.deplacer.usage", event.key());
        }
        Occurrence date = answering.occurrence(call.conversation(), event, read.option("date"));
        LocalDateTime to = read.option("le").map(text -> When.read(text, call.conversation().now(), zone)).orElse(date.start());
        Event moved = events.moveOccurrence(call.handle(), date, to, read.option("lieu").or(date::place));
        Occurrence now = Occurrences.at(moved, date.key()).orElseThrow();
        int told = publisher.moved(call.handle(), now);
        call.conversation().replyPrivately(call.t("evenement.deplace", event.key(), EventFormat.day(call.conversation().texts(), date.key()),
                EventFormat.when(call.conversation().texts(), now), now.place().map(Markup::literal).orElse("—"), told));
    }

    private void show(CommandCall call, Event event) {
        Conversation conversation = call.conversation();
        Texts texts = conversation.texts();
        Optional<Occurrence> next = Occurrences.next(event, conversation.now(), zone);
        if (next.isEmpty()) {
            conversation.reply(texts.get("evenement.termine", event.key(), Markup.literal(event.title())));
            return;
        }
        String channel = conversation.inbound().channel();
        var content = publisher.shown(texts, event, next.get(), channel, org.tresse.core.message.MessageKind.REPLY,
                conversation.inbound().roomKind() == RoomKind.GROUP, rsvps.counts(call.handle(), next.get()));
        if (event.cancelled()) {
            content = content.withButtons(List.of()).withPoll(null);
        }
        String text = (event.cancelled() ? texts.get("evenement.est.annule") + "\n" : "") + content.text();
        if (mayManage(call, event)) {
            text += "\n\n" + names(call, texts, next.get());
        }
        conversation.reply(new org.tresse.core.message.Content(content.kind(), text, content.buttons(), content.poll(), null, null, null,
                content.attachments()));
    }

    /** Who answered what, for the author and coordinators. */
    private String names(CommandCall call, Texts texts, Occurrence date) {
        List<Long> answered = rsvps.answered(call.handle(), date);
        if (answered.isEmpty()) {
            return texts.get("evenement.personne");
        }
        StringBuilder text = new StringBuilder(texts.get("evenement.qui"));
        for (long personId : answered) {
            String name = people.find(call.handle(), personId).map(Person::displayName).map(Markup::literal).orElse("#" + personId);
            Rsvp answer = rsvps.current(call.handle(), date, personId).orElse(Rsvp.NO);
            String said = rsvps.waiting(call.handle(), date, personId) ? texts.get("evenement.en.attente")
                    : texts.get("rsvp.bouton." + answer.name());
            text.append('\n').append("- ").append(name).append(" : ").append(said);
        }
        return text.toString();
    }

    private void confirm(CommandCall call, Event event, String key, int reached) {
        Texts texts = call.conversation().texts();
        Occurrence first = Occurrences.next(event, call.conversation().now(), zone).orElseThrow();
        String text = texts.get(key, event.key(), Markup.literal(event.title()), EventFormat.when(texts, first), first.place().map(Markup::literal).orElse("—"), reached);
        if (call.conversation().inbound().roomKind() == RoomKind.GROUP) {
            call.conversation().replyPrivately(text);
        } else {
            call.conversation().reply(text);
        }
    }

    private Event event(CommandCall call, List<String> words) {
        if (words.size() < 2) {
            throw call.usage();
        }
        return events.get(call.handle(), words.get(1));
    }

    private static String title(CommandCall call, List<String> words) {
        if (words.isEmpty()) {
            throw call.fail("evenement.titre.vide");
        }
        if (words.size() > 1) {
            throw call.fail("evenement.titre.guillemets", String.join(" ", words));
        }
        return words.get(0);
    }

    private static Optional<String> reason(OptionText.Read read, List<String> words) {
        return read.option("raison").or(() -> words.size() > 2 ? Optional.of(String.join(" ", words.subList(2, words.size())))
                : Optional.empty());
    }

    /** The author, or a coordinator (of the event's group, or of the whole association). */
    static boolean mayManage(CommandCall call, Event event) {
        return event.authorId() == call.personId() || call.conversation().hasRole(Role.COORDINATOR, event.group());
    }

    private static void refuseUnlessManager(CommandCall call, Event event) {
        if (!mayManage(call, event)) {
            throw call.fail("evenement.interdit", event.key());
        }
    }
}
