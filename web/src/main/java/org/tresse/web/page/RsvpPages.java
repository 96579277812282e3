package org.tresse.web.page;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.channel.Receipt;
import org.tresse.core.engine.UserError;
import org.tresse.core.event.Event;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.event.Rsvp;
import org.tresse.core.i18n.Texts;
import org.tresse.core.people.PersonalLink;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.store.Database;
import org.tresse.web.WebServices;
import org.tresse.web.channel.Submission;
import org.tresse.web.channel.WebConnector;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.security.Secrets;
import org.tresse.web.view.EventView;
import org.tresse.web.view.Message;

/**
 * {@code /evenements/{n}/reponse/{token}}: an event's page opened by the person's link, with
 * oui / peut-être / non buttons. Showing it uses nothing; the first answer sent uses the link, and
 * only the browser that sent it may go on (change the answer) for a while. Each answer is a
 * {@code /participe} from the person's {@code web:} identity, through the engine: the waiting list,
 * reminders and change notices follow as from chat. The page shows the person's own answer and the
 * counts, never anyone's name.
 */
public final class RsvpPages {
    private static final Map<String, Rsvp> CODES = Map.of("oui", Rsvp.YES, "peut-etre", Rsvp.MAYBE, "non", Rsvp.NO);

    private final Pages pages;
    private final Guard guard;
    private final WebConnector web;
    private final Database database;
    private final WebServices.Agenda agenda;
    private final PersonalLinks links;
    private final EventPages events;
    private final BallotSession sessions;
    private final Secrets secrets;
    private final Clock clock;

    public RsvpPages(Pages pages, Guard guard, WebConnector web, WebServices services, EventPages events, Secrets secrets) {
        this.pages = pages;
        this.guard = guard;
        this.web = web;
        this.database = services.database();
        this.agenda = services.agenda();
        this.links = services.links();
        this.events = events;
        this.sessions = BallotSession.forEvents(secrets, pages.cookies(), services.clock());
        this.secrets = secrets;
        this.clock = services.clock();
    }

    public Reply show(WebRequest request) {
        Optional<Reply> refused = guard.link(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Opened> opened = opened(request);
        if (opened.isEmpty()) {
            return spent(request);
        }
        return opened.get().refusal().map(refusal -> refused(request, opened.get(), refusal))
                .orElseGet(() -> page(request, 200, opened.get(), Optional.empty()));
    }

    public Reply answer(WebRequest request) throws InterruptedException {
        Optional<Reply> refused = guard.linkForm(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Opened> found = opened(request);
        String formId = request.form("formulaire").filter(id -> id.matches("[A-Za-z0-9_-]{16,40}")).orElse("");
        if (found.isEmpty() || formId.isEmpty()) {
            return spent(request);
        }
        Opened opened = found.get();
        Texts t = pages.texts(request);
        if (opened.refusal().isPresent()) {
            return refused(request, opened, opened.refusal().get());
        }
        Optional<Rsvp> answer = request.form("reponse").map(CODES::get);
        boolean sameDate = request.form("date").filter(day -> day.equals(opened.occurrence().key().toString())).isPresent();
        if (answer.isEmpty() || !sameDate) {
            return page(request, 400, opened, Optional.of(Message.of(t.get("agenda.reponse.inconnue.titre"),
                    t.get("agenda.reponse.inconnue"))));
        }
        boolean mayAnswer = opened.session()
                || database.inTransaction(handle -> links.use(handle, request.pathParam("token"), formId));
        if (!mayAnswer) {
            return spent(request);
        }
        Event event = opened.occurrence().event();
        String command = t.get("agenda.reponse.commande", String.valueOf(event.id()), t.get("agenda.reponse.mot." + answer.get().name()),
                opened.occurrence().key().toString());
        Submission submission = web.submit(eventId(formId, event), Visitors.room(), opened.link().webIdentity(), "", true, command);
        Message done = submission.receipt() == Receipt.DUPLICATE
                ? Message.of(t.get("agenda.reponse.deja.titre"), t.get("agenda.reponse.deja"))
                : Message.of(t.get("agenda.reponse.merci.titre")).withReply(Answers.repliesHtml(submission));
        return page(request, 200, opened, Optional.of(done)).withCookie(sessions.open(opened.link().webIdentity(), Optional.of(event.id())));
    }

    /** The same form sent twice is one answer; the id is a digest under the run's key. */
    private String eventId(String formId, Event event) {
        return "r-" + secrets.sign("rsvp-event:" + formId + ":" + event.id()).replaceAll("[^A-Za-z0-9]", "");
    }

    /**
     * The link, its event's next date and why the person may not answer it, if this browser may use
     * the link: unused and in time, or used by this very browser for this very event.
     */
    private Optional<Opened> opened(WebRequest request) {
        String number = request.pathParam("n");
        String token = request.pathParam("token");
        if (!number.matches("\\d{1,12}") || !PersonalLinks.looksLikeToken(token)) {
            return Optional.empty();
        }
        long eventId = Long.parseLong(number);
        return database.inTransaction(handle -> {
            Optional<PersonalLink> link = links.findForEvent(handle, token, eventId);
            Optional<Event> event = agenda.events().find(handle, eventId).filter(found -> found.status().listed());
            if (link.isEmpty() || event.isEmpty()) {
                return Optional.empty();
            }
            boolean session = sessions.of(request).filter(open -> open.of(link.get()) && open.pollId().equals(Optional.of(eventId)))
                    .isPresent();
            if (!session && (link.get().used() || link.get().expiredAt(clock.instant()))) {
                return Optional.empty();
            }
            Occurrence next = Occurrences.next(event.get(), clock.instant(), agenda.events().zone())
                    .orElseGet(() -> EventPages.last(event.get(), clock.instant(), agenda.events().zone()));
            Optional<UserError> refusal = agenda.rsvps().refusal(handle, next, link.get().personId(), true);
            return Optional.of(new Opened(link.get(), next, refusal, session));
        });
    }

    private Reply page(WebRequest request, int status, Opened opened, Optional<Message> notice) {
        Event event = opened.occurrence().event();
        Texts t = pages.texts(request);
        long person = opened.link().personId();
        return pages.render(request, status, event.title(), "event.jte", page -> Map.of("view", database.inTransaction(handle -> {
            Optional<Rsvp> mine = agenda.rsvps().current(handle, opened.occurrence(), person);
            String said = mine.map(answer -> agenda.rsvps().waiting(handle, opened.occurrence(), person) ? t.get("agenda.reponse.attente")
                    : t.get("agenda.reponse.actuelle", t.get("agenda.reponse." + answer.name()))).orElse(t.get("agenda.reponse.aucune"));
            EventView.Answer form = new EventView.Answer(request.path(), Secrets.randomText(18), opened.occurrence().key().toString(), said,
                    mine.map(Rsvp::name), notice);
            return events.view(handle, page, event).withAnswer(form);
        }))).withHeader("Cache-Control", "no-store");
    }

    private Reply refused(WebRequest request, Opened opened, UserError refusal) {
        Texts t = pages.texts(request);
        String why = switch (refusal.key()) {
            case "rsvp.annule" -> "agenda.reponse.refus.annule";
            case "rsvp.passe" -> "agenda.reponse.refus.passe";
            case "rsvp.membres" -> "agenda.reponse.refus.membres";
            default -> "agenda.reponse.refus.autre";
        };
        Event event = opened.occurrence().event();
        return pages.message(request, 409, Message.of(t.get("agenda.reponse.refus.titre"), t.get(why, event.title())))
                .withHeader("Cache-Control", "no-store");
    }

    private Reply spent(WebRequest request) {
        Texts t = pages.texts(request);
        return pages.message(request, 410, Message.of(t.get("agenda.reponse.lien.titre"), t.get("agenda.reponse.lien"))
                        .withLink("/evenements", t.get("agenda.page.titre")))
                .withHeader("Cache-Control", "no-store");
    }

    /** What a usable link opens: whose, which date, why it may not be answered, whether by this browser's session. */
    private record Opened(PersonalLink link, Occurrence occurrence, Optional<UserError> refusal, boolean session) {}
}
