package org.tresse.web.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.calendar.When;
import org.tresse.core.engine.InputPolicy;
import org.tresse.core.engine.UserError;
import org.tresse.core.event.Event;
import org.tresse.core.event.EventDraft;
import org.tresse.core.event.EventRules;
import org.tresse.core.event.Partner;
import org.tresse.core.event.Place;
import org.tresse.core.i18n.Texts;
import org.tresse.core.people.Person;
import org.tresse.core.store.Database;
import org.tresse.web.WebServices;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.security.RateLimiter;
import org.tresse.web.view.FormState;
import org.tresse.web.view.Message;
import org.tresse.web.view.ProposalForm;

/**
 * {@code /evenements/proposer}: a partner association of the commune proposes an event for the
 * village agenda, as {@code /evenement proposer} does in a chat ({@link org.tresse.core.event.EventProposals}).
 * The proposal waits for a coordinator, who is told, with the address the sender left and that no
 * one checked it: nothing is published before approval. The form's guards are the other forms'
 * (rate per address, form token, honeypot); sent twice, it is kept once. Since nothing vouches for
 * the address left, two more bounds: one mailbox has at most {@code Events.MAX_PENDING_PROPOSALS}
 * waiting however it is spelt ({@link ProposerAddresses}), and the form as a whole takes at most a
 * few proposals at a time from all senders ({@link org.tresse.web.WebOptions#proposalBurst}). Neither
 * touches what a partner's contact proposes from a chat, counted as that person.
 */
public final class EventProposalPage {
    static final int MAX_TITLE = 120;
    static final int MAX_PLACE = 120;
    static final int MAX_DESCRIPTION = 2000;
    private static final int FORMS_KEPT = 1000;
    private static final String ALL_SENDERS = "all";
    private static final Logger log = LoggerFactory.getLogger(EventProposalPage.class);

    private final Pages pages;
    private final Guard guard;
    private final Database database;
    private final WebServices.Agenda agenda;
    private final Clock clock;
    private final RecentForms sent = new RecentForms(FORMS_KEPT);
    private final ProposerAddresses proposers;
    private final RateLimiter unverified;
    private final AtomicBoolean paused = new AtomicBoolean();

    /** @param unverified how many proposals the form takes from all senders together (one key) */
    public EventProposalPage(Pages pages, Guard guard, Database database, WebServices.Agenda agenda, RateLimiter unverified, Clock clock) {
        this.pages = pages;
        this.guard = guard;
        this.database = database;
        this.agenda = agenda;
        this.proposers = new ProposerAddresses(agenda.proposerKey());
        this.unverified = unverified;
        this.clock = clock;
    }

    public Reply form(WebRequest request) {
        if (rules().partners().isEmpty()) {
            return noPartners(request);
        }
        return show(request, 200, FormState.empty().value("duree", "2h"));
    }

    public Reply send(WebRequest request) {
        Optional<Reply> refused = guard.form(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (rules().partners().isEmpty()) {
            return noPartners(request);
        }
        Texts t = pages.texts(request);
        String title = field(request, "titre");
        Message thanks = Message.of(t.get("agenda.proposer.merci.titre"), t.get("agenda.proposer.merci.texte", title))
                .withLink("/evenements", t.get("agenda.proposer.retour"));
        if (Guard.isRobot(request)) {
            return pages.message(request, 200, thanks);
        }
        FormState form = FormState.empty();
        for (String name : List.of("partenaire", "titre", "quand", "duree", "lieu", "description", "adresse")) {
            form.value(name, request.form(name).orElse(""));
        }
        Optional<Partner> partner = rules().partner(field(request, "partenaire"));
        if (partner.isEmpty()) {
            form.error("partenaire", t.get("agenda.proposer.erreur.partenaire"));
        }
        if (title.isEmpty() || title.length() > MAX_TITLE || !title.codePoints().anyMatch(Character::isLetterOrDigit)) {
            form.error("titre", t.get("agenda.proposer.erreur.titre", MAX_TITLE));
        }
        Instant now = clock.instant();
        LocalDateTime start = null;
        try {
            start = When.read(field(request, "quand").replaceFirst("^(\\d{4}-\\d{2}-\\d{2})T", "$1 "), now, agenda.events().zone());
        } catch (UserError unreadable) {
            form.error("quand", t.get(unreadable.key(), unreadable.arguments()));
        }
        String length = field(request, "duree");
        Optional<Duration> duration = length.isEmpty() ? Optional.of(Duration.ofHours(2)) : When.duration(length);
        if (duration.isEmpty() || duration.get().isZero() || duration.get().isNegative()) {
            form.error("duree", t.get("agenda.proposer.erreur.duree", length));
        }
        String place = field(request, "lieu");
        if (place.length() > MAX_PLACE) {
            form.error("lieu", t.get("agenda.proposer.erreur.lieu", MAX_PLACE));
        }
        String description = request.form("description").orElse("").strip();
        if (description.length() > MAX_DESCRIPTION) {
            form.error("description", t.get("agenda.proposer.erreur.description", MAX_DESCRIPTION, description.length()));
        }
        String address = field(request, "adresse");
        if (!Answers.isEmail(address)) {
            form.error("adresse", address.isEmpty() ? t.get("agenda.proposer.erreur.adresse") : t.get("formulaire.adresse.invalide", address));
        }
        refuseUnreadable(t, form, "titre", title, true);
        refuseUnreadable(t, form, "lieu", place, true);
        refuseUnreadable(t, form, "description", description, false);
        if (form.hasErrors()) {
            return show(request, 400, form);
        }
        String formId = Visitors.eventId(request, "evenement");
        if (!sent.claim(formId)) {
            return pages.message(request, 200, thanks);
        }
        if (!unverified.tryAcquire(ALL_SENDERS)) {
            sent.release(formId);
            if (paused.compareAndSet(false, true)) {
                log.warn("The partners' form takes no more proposals for now: too many sent lately from all addresses together");
            }
            long minutes = Math.max(1, (unverified.retryAfterSeconds(ALL_SENDERS) + 59) / 60);
            return pages.message(request, 429, Message.of(t.get("agenda.proposer.pause.titre"), t.get("agenda.proposer.pause.texte", minutes))
                    .withLink("/evenements", t.get("agenda.proposer.retour")))
                    .withHeader("Retry-After", String.valueOf(unverified.retryAfterSeconds(ALL_SENDERS)));
        }
        if (paused.compareAndSet(true, false)) {
            log.info("The partners' form takes proposals again");
        }
        LocalDateTime at = start;
        try {
            Event event = database.inTransaction(handle -> {
                Person visitor = agenda.people().resolve(handle, proposers.proposer(address), partner.get().name(), false);
                EventDraft draft = new EventDraft(title, description.isEmpty() ? Optional.empty() : Optional.of(description), Optional.empty(),
                        place.isEmpty() ? Optional.empty() : Optional.of(place), at, duration.get(), Optional.empty(), OptionalInt.empty(), true,
                        Optional.of(partner.get().id()), true, visitor.id(), Optional.empty());
                return agenda.proposals().propose(handle, draft, address);
            });
            log.info("Event {} proposed by the web form for a partner", event.id());
            return pages.message(request, 200, thanks);
        } catch (UserError refusal) {
            sent.release(formId);
            if (refusal.key().equals("evenement.propositions.trop")) {
                form.error("adresse", t.get("agenda.proposer.erreur.trop", refusal.arguments()));
            } else {
                form.error(refusal.key().startsWith("lieu") ? "lieu" : refusal.key().startsWith("evenement.duree") ? "duree" : "quand",
                        t.get(refusal.key(), refusal.arguments()));
            }
            return show(request, 400, form);
        } catch (RuntimeException failure) {
            sent.release(formId);
            throw failure;
        }
    }

    /**
     * What the engine refuses in any chat message (control characters, direction overrides,
     * unreadable bytes) is refused here too, for the form does not go through it; a title or a
     * place is one line, as in {@code /evenement proposer}.
     */
    private static void refuseUnreadable(Texts t, FormState form, String field, String text, boolean oneLine) {
        if (form.hasError(field)) {
            return;
        }
        if (oneLine && text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085')) {
            form.error(field, t.get("agenda.proposer.erreur.ligne"));
            return;
        }
        InputPolicy.check(text).ifPresent(error -> form.error(field, t.get(error.key(), error.arguments())));
    }

    private Reply show(WebRequest request, int status, FormState form) {
        String chosen = form.value("partenaire");
        List<ProposalForm.Choice> partners = rules().partners().stream()
                .map(partner -> new ProposalForm.Choice(partner.id(), partner.name(), partner.id().equals(chosen))).toList();
        List<String> places = rules().places().stream().map(Place::name).toList();
        return pages.render(request, status, pages.texts(request).get("agenda.proposer.titre"), "event-proposal.jte",
                Map.of("view", new ProposalForm(form, partners, places)));
    }

    private Reply noPartners(WebRequest request) {
        Texts t = pages.texts(request);
        return pages.message(request, 404, Message.of(t.get("agenda.proposer.titre"), t.get("agenda.proposer.aucun.partenaire"))
                .withLink("/evenements", t.get("agenda.proposer.retour")));
    }

    private EventRules rules() {
        return agenda.events().rules();
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("").strip();
    }
}
