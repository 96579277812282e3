package org.tresse.commands.event;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.CommandCall;
import org.tresse.commands.event.internal.OptionText;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.Reach;
import org.tresse.core.engine.UserError;
import org.tresse.core.event.Event;
import org.tresse.core.event.EventDraft;
import org.tresse.core.event.Events;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.event.Partner;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Button;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Payload;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.store.Handle;

/**
 * The shared village agenda: a partner association submits an event ({@code /evenement proposer},
 * by its contact, or a coordinator for it); coordinators are told, with buttons, and approve or
 * decline it ({@code /evenement approuver 5}, {@code /evenement refuser 5 raison}); an approved
 * event is presented like any other, credited to the partner, and the partner is told either way.
 */
final class PartnerCommands {
    private final Events events;
    private final EventPublisher publisher;
    private final EventDrafts drafts;
    private final People people;
    private final Reach reach;
    private final Outbox outbox;
    private final ZoneId zone;

    PartnerCommands(Events events, EventPublisher publisher, EventDrafts drafts, People people, Reach reach, Outbox outbox, ZoneId zone) {
        this.events = events;
        this.publisher = publisher;
        this.drafts = drafts;
        this.people = people;
        this.reach = reach;
        this.outbox = outbox;
        this.zone = zone;
    }

    void propose(CommandCall call, OptionText.Read read, String title) {
        Conversation conversation = call.conversation();
        Optional<Partner> speaksFor = events.rules().partnerOf(conversation.inbound().sender());
        Partner partner;
        if (read.option("partenaire").isPresent()) {
            String id = read.option("partenaire").get();
            partner = events.rules().partner(id).orElseThrow(() -> call.fail("partenaire.inconnu", id, partnerIds()));
            if (!conversation.hasRole(Role.COORDINATOR, Optional.empty()) && speaksFor.filter(partner::equals).isEmpty()) {
                throw call.fail("partenaire.pas.contact", partner.name());
            }
        } else {
            partner = speaksFor.orElseThrow(() -> call.fail("partenaire.qui", partnerIds()));
        }
        EventDraft draft = drafts.draft(call, read, title, true, Optional.of(partner.id()));
        Event event = events.create(call.handle(), draft);
        tellCoordinators(call.handle(), event, partner, Optional.empty());
        conversation.replyPrivately(call.t("partenaire.propose.merci", event.key(), Markup.literal(event.title()), partner.name()));
    }

    /** The web form's path ({@link org.tresse.core.event.EventProposals}): the same proposal, the sender's address said as not checked. */
    Event proposeFromForm(Handle handle, EventDraft draft, String contact) {
        if (!draft.proposed() || draft.partner().isEmpty()) {
            throw new IllegalArgumentException("a form proposes for a partner");
        }
        Partner partner = events.rules().partner(draft.partner().get())
                .orElseThrow(() -> new UserError("partenaire.inconnu", draft.partner().get(), partnerIds()));
        Event event = events.create(handle, draft);
        tellCoordinators(handle, event, partner, Optional.of(contact));
        return event;
    }

    private void tellCoordinators(Handle handle, Event event, Partner partner, Optional<String> formContact) {
        Occurrence first = Occurrences.next(event, event.createdAt(), zone).orElseThrow();
        for (long coordinator : people.withRole(handle, Role.COORDINATOR, Optional.empty())) {
            reach.privately(handle, coordinator).ifPresent(where -> {
                Texts texts = publisher.personTexts(handle, coordinator);
                String text = texts.get("partenaire.proposition.avis", partner.name(), event.key(), Markup.literal(event.title()), EventFormat.when(texts, first),
                        first.place().map(Markup::literal).orElse("—")) + formContact.map(address -> "\n" + texts.get("partenaire.proposition.formulaire", Markup.literal(address)))
                        .orElse("")
                        // approving publishes it to the members: whoever approves has read it
                        + event.description().map(description -> "\n\n" + texts.get("partenaire.proposition.description", Markup.literal(description)))
                        .orElse("");
                outbox.enqueue(handle, where, Content.notice(text).withButtons(List.of(List.of(
                        new Button(texts.get("partenaire.bouton.approuver"), "ep:" + event.id() + ":a"),
                        new Button(texts.get("partenaire.bouton.refuser"), "ep:" + event.id() + ":r")))).in(texts.language()),
                        EventPublisher.correlation(event, "proposition"));
            });
        }
    }

    void approve(CommandCall call, Event event) {
        approve(call.conversation(), event);
    }

    private void approve(Conversation conversation, Event event) {
        refuseUnlessCoordinator(conversation);
        Event approved = events.approve(conversation.handle(), event);
        int reached = publisher.present(conversation.handle(), approved, Optional.empty(), conversation.texts());
        tellPartner(conversation, approved, texts -> texts.get("partenaire.approuve.avis", approved.key(), Markup.literal(approved.title())));
        conversation.replyPrivately(conversation.t("partenaire.approuve", approved.key(), Markup.literal(approved.title()), reached));
    }

    void decline(CommandCall call, Event event, Optional<String> reason) {
        decline(call.conversation(), event, reason);
    }

    private void decline(Conversation conversation, Event event, Optional<String> reason) {
        refuseUnlessCoordinator(conversation);
        Event declined = events.decline(conversation.handle(), event, reason);
        tellPartner(conversation, declined, texts -> texts.get("partenaire.refuse.avis", declined.key(), Markup.literal(declined.title()))
                + reason.map(why -> "\n" + texts.get("evenement.annule.raison", Markup.literal(why))).orElse(""));
        conversation.replyPrivately(conversation.t("partenaire.refuse", declined.key(), Markup.literal(declined.title())));
    }

    void list(CommandCall call) {
        refuseUnlessCoordinator(call.conversation());
        List<Event> waiting = events.proposals(call.handle());
        if (waiting.isEmpty()) {
            call.conversation().replyPrivately(call.t("partenaire.propositions.aucune"));
            return;
        }
        Texts texts = call.conversation().texts();
        StringBuilder text = new StringBuilder(texts.get("partenaire.propositions"));
        for (Event event : waiting) {
            String when = Occurrences.next(event, call.conversation().now(), zone).map(date -> EventFormat.when(texts, date)).orElse("—");
            String by = event.partner().flatMap(events.rules()::partner).map(Partner::name).orElse("—");
            text.append('\n').append(texts.get("partenaire.propositions.ligne", event.key(), Markup.literal(event.title()), when, by));
        }
        call.conversation().replyPrivately(text.toString());
    }

    /** Buttons {@code ep:EVENT:a} (approve) and {@code ep:EVENT:r} (decline). */
    void buttonPress(Conversation conversation, Payload.ButtonPress press) {
        String[] parts = press.data().split(":");
        try {
            if (parts.length != 3 || !parts[1].matches("\\d{1,12}") || !(parts[2].equals("a") || parts[2].equals("r"))) {
                throw new UserError("rsvp.bouton.inconnu");
            }
            Event event = events.get(conversation.handle(), parts[1]);
            if (parts[2].equals("a")) {
                approve(conversation, event);
            } else {
                decline(conversation, event, Optional.empty());
            }
        } catch (UserError refusal) {
            conversation.replyPrivately(conversation.t(refusal.key(), refusal.arguments()));
        }
    }

    /** The partner's contact and whoever submitted it, each once. */
    private void tellPartner(Conversation conversation, Event event, java.util.function.Function<Texts, String> text) {
        java.util.Set<Long> told = new java.util.LinkedHashSet<>(List.of(event.authorId()));
        event.partner().flatMap(events.rules()::partner).flatMap(Partner::contact)
                .flatMap(identity -> people.findByIdentity(conversation.handle(), identity)).ifPresent(person -> told.add(person.id()));
        publisher.notify(conversation.handle(), event, List.copyOf(told), text);
        Optional<Partner> partner = event.partner().flatMap(events.rules()::partner);
        if (partner.flatMap(Partner::contact).filter(identity -> people.findByIdentity(conversation.handle(), identity).isEmpty()).isPresent()) {
            Texts texts = publisher.roomTexts();
            outbox.enqueue(conversation.handle(), Destination.Direct.to(partner.get().contact().get()), Content.notice(text.apply(texts)),
                    EventPublisher.correlation(event, "partenaire"));
        }
    }

    private static void refuseUnlessCoordinator(Conversation conversation) {
        if (!conversation.hasRole(Role.COORDINATOR, Optional.empty())) {
            throw new UserError("partenaire.coordination");
        }
    }

    private String partnerIds() {
        List<String> ids = events.rules().partners().stream().map(Partner::id).toList();
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }

}
