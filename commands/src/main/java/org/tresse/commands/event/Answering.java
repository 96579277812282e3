package org.tresse.commands.event;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.core.calendar.When;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.UserError;
import org.tresse.core.event.Event;
import org.tresse.core.event.Events;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.event.Rsvp;
import org.tresse.core.event.RsvpOutcome;
import org.tresse.core.event.Rsvps;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Payload;

/**
 * Answers to events, however they come: {@code /participe 3 oui [--date 2024-04-02]}, a button
 * ({@code e:3:20240402:y}), a native poll's answer (key {@code e3.20240402}). Each answer is
 * acknowledged to its author alone; a place freed goes to the first waiting, who is told.
 */
final class Answering {
    private final Events events;
    private final Rsvps rsvps;
    private final EventPublisher publisher;
    private final ZoneId zone;

    Answering(Events events, Rsvps rsvps, EventPublisher publisher, ZoneId zone) {
        this.events = events;
        this.rsvps = rsvps;
        this.publisher = publisher;
        this.zone = zone;
    }

    Command command() {
        return Command.named("participe", EventFeature.BUNDLE).arguments(1, 8).option("date")
                .does(this::run);
    }

    private void run(CommandCall call) {
        Event event = events.get(call.handle(), call.argument(0));
        Occurrence occurrence = occurrence(call.conversation(), event, call.option("date"));
        if (call.arguments().size() == 1) {
            Texts texts = call.conversation().texts();
            String mine = rsvps.current(call.handle(), occurrence, call.personId())
                    .map(answer -> texts.get("rsvp.votre.reponse", texts.get("rsvp.bouton." + answer.name())))
                    .orElseGet(() -> texts.get("rsvp.pas.de.reponse"));
            call.conversation().replyPrivately(texts.get("rsvp.etat", event.key(), Markup.literal(event.title()), EventFormat.when(texts, occurrence), mine,
                    EventFormat.answers(texts, event, rsvps.counts(call.handle(), occurrence)))
                    + "\n" + EventFormat.howToAnswer(texts, event, occurrence));
            return;
        }
        String said = call.rest(1);
        Rsvp answer = Rsvp.parse(said).orElseThrow(() -> call.fail("rsvp.reponse.inconnue", said, event.key()));
        record(call.conversation(), occurrence, answer);
    }

    /** The date named by {@code --date} (the rule's day or the one it moved to), or the next one. */
    Occurrence occurrence(Conversation conversation, Event event, Optional<String> day) {
        Optional<LocalDate> date = day.map(text -> When.day(text, conversation.now(), zone));
        return events.occurrence(event, date);
    }

    /** Buttons carry {@code e:EVENT:DAY:ANSWER}. */
    void buttonPress(Conversation conversation, Payload.ButtonPress press) {
        privately(conversation, () -> {
            String[] parts = press.data().split(":");
            Optional<EventFormat.Target> target = parts.length == 4 ? EventFormat.target(parts[1], parts[2]) : Optional.empty();
            Optional<Rsvp> answer = parts.length == 4 ? Rsvp.ofCode(parts[3]) : Optional.empty();
            if (target.isEmpty() || answer.isEmpty()) {
                throw new UserError("rsvp.bouton.inconnu");
            }
            record(conversation, at(conversation, target.get()), answer.get());
        });
    }

    /** A native poll's key is {@code eEVENT.DAY}; its options are oui, peut-être, non. */
    void pollAnswer(Conversation conversation, Payload.PollAnswer answer) {
        privately(conversation, () -> {
            String[] parts = answer.pollKey().substring(1).split("\\.");
            Optional<EventFormat.Target> target = parts.length == 2 ? EventFormat.target(parts[0], parts[1]) : Optional.empty();
            if (target.isEmpty()) {
                throw new UserError("rsvp.bouton.inconnu");
            }
            Occurrence occurrence = at(conversation, target.get());
            if (answer.choices().size() != 1 || answer.choices().get(0) < 1 || answer.choices().get(0) > EventFormat.POLL_ORDER.size()) {
                Texts texts = conversation.texts();
                conversation.replyPrivately(texts.get("rsvp.retire.impossible", occurrence.event().key()));
                return;
            }
            record(conversation, occurrence, EventFormat.POLL_ORDER.get(answer.choices().get(0) - 1));
        });
    }

    private Occurrence at(Conversation conversation, EventFormat.Target target) {
        Event event = events.get(conversation.handle(), target.event());
        return Occurrences.at(event, target.day()).orElseThrow(() -> new UserError("rsvp.bouton.inconnu"));
    }

    private void record(Conversation conversation, Occurrence occurrence, Rsvp answer) {
        RsvpOutcome outcome = rsvps.answer(conversation.handle(), occurrence, conversation.person().id(), conversation.inbound().verified(),
                answer, conversation.inbound().channel());
        Event event = occurrence.event();
        Texts texts = conversation.texts();
        String when = EventFormat.when(texts, occurrence);
        String text;
        if (outcome.unchanged()) {
            text = texts.get("rsvp.inchange", event.key(), Markup.literal(event.title()), texts.get("rsvp.bouton." + answer.name()));
        } else if (outcome.waiting()) {
            text = texts.get("rsvp.attente", event.key(), Markup.literal(event.title()), when, outcome.position());
        } else {
            text = texts.get("rsvp." + answer.name(), event.key(), Markup.literal(event.title()), when);
            if (answer == Rsvp.YES && outcome.placesLeft().isPresent()) {
                text += " " + texts.get("rsvp.places.restantes", outcome.placesLeft().getAsInt());
            }
        }
        conversation.replyPrivately(text);
        outcome.promoted().ifPresent(promotion -> publisher.promoted(conversation.handle(), promotion));
    }

    /** Buttons and native answers have no message to reply to in the group: refusals go in private. */
    private static void privately(Conversation conversation, Runnable work) {
        try {
            work.run();
        } catch (UserError refusal) {
            conversation.replyPrivately(conversation.t(refusal.key(), refusal.arguments()));
        }
    }
}
