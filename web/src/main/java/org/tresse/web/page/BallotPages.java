package org.tresse.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.channel.Receipt;
import org.tresse.core.i18n.Texts;
import org.tresse.core.people.PersonalLink;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.poll.Grade;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Database;
import org.tresse.web.channel.Submission;
import org.tresse.web.channel.WebConnector;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.security.Secrets;
import org.tresse.web.view.BallotView;
import org.tresse.web.view.FormState;
import org.tresse.web.view.Message;

/**
 * {@code /vote/{token}}: the personal ballot a link opens. Showing it uses nothing (a mail or
 * chat client may fetch the link to preview it); the first vote sent uses the link, and only
 * the browser that sent it may go on. Each vote is a {@code /vote} from the person's {@code web:}
 * identity, through the engine: one person, one vote, whatever the channel; the chat's tally follows.
 */
public final class BallotPages {
    private final Pages pages;
    private final Guard guard;
    private final WebConnector web;
    private final Database database;
    private final Polls polls;
    private final PersonalLinks links;
    private final BallotSession sessions;
    private final Secrets secrets;
    private final java.time.Clock clock;

    public BallotPages(Pages pages, Guard guard, WebConnector web, Database database, Polls polls, PersonalLinks links,
            Secrets secrets, java.time.Clock clock) {
        this.pages = pages;
        this.guard = guard;
        this.web = web;
        this.database = database;
        this.polls = polls;
        this.links = links;
        this.sessions = new BallotSession(secrets, pages.cookies(), clock);
        this.secrets = secrets;
        this.clock = clock;
    }

    public Reply show(WebRequest request) {
        Optional<Reply> refused = guard.link(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        String token = request.pathParam("token");
        Optional<PersonalLink> link = usable(request, token);
        if (link.isEmpty()) {
            return spent(request);
        }
        return ballot(request, 200, token, link.get(), FormState.empty(), 0);
    }

    public Reply vote(WebRequest request) throws InterruptedException {
        Optional<Reply> refused = guard.linkForm(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        String token = request.pathParam("token");
        Optional<PersonalLink> link = usable(request, token);
        String formId = request.form("formulaire").filter(id -> id.matches("[A-Za-z0-9_-]{16,40}")).orElse("");
        if (link.isEmpty() || formId.isEmpty()) {
            return spent(request);
        }
        Texts t = pages.texts(request);
        Optional<Poll> poll = request.form("sondage").filter(id -> id.matches("\\d{1,12}"))
                .flatMap(id -> allowed(link.get()).stream().filter(candidate -> candidate.key().equals(id)).findFirst());
        if (poll.isEmpty()) {
            return pages.message(request, 409, Message.of(t.get("bulletin.sondage.indisponible.titre"),
                    t.get("bulletin.sondage.indisponible")).withLink(request.path(), t.get("bulletin.retour")));
        }
        BallotForm.Result read = BallotForm.read(t, poll.get(), request);
        if (read.problem().isPresent()) {
            FormState form = FormState.empty().value("reponse", request.form("reponse").orElse(""))
                    .error("choix-" + poll.get().id(), read.problem().get());
            return ballot(request, 400, token, link.get(), form, poll.get().id());
        }
        boolean mayVote = sessions.of(request).map(open -> open.of(link.get())).orElse(false)
                || database.inTransaction(handle -> links.use(handle, token, formId));
        if (!mayVote) {
            return spent(request);
        }
        Submission submission = web.submit(eventId(formId, poll.get()), Visitors.room(), link.get().webIdentity(), "",
                true, read.command().get());
        Message done = submission.receipt() == Receipt.DUPLICATE
                ? Message.of(t.get("bulletin.deja.recu.titre"), t.get("bulletin.deja.recu"))
                : Message.of(t.get("bulletin.merci.titre")).withReply(Answers.repliesHtml(submission));
        return pages.message(request, 200, done.withLink(request.path(), t.get("bulletin.retour")))
                .withCookie(sessions.open(link.get().webIdentity(), link.get().pollId()))
                .withHeader("Cache-Control", "no-store");
    }

    /**
     * The same form sent twice is one event, whatever poll it is for; the id names neither form nor
     * poll (a digest under the run's key), so the inbound log does not say who took part in which poll.
     */
    private String eventId(String formId, Poll poll) {
        // letters and digits only: nothing in it reads as "-<poll>"
        return "b-" + secrets.sign("ballot-event:" + formId + ":" + poll.id()).replaceAll("[^A-Za-z0-9]", "");
    }

    /**
     * The link, if this browser may use it: unused and in time, or used by this very browser (whose
     * session says the poll a used link forgot).
     */
    private Optional<PersonalLink> usable(WebRequest request, String token) {
        if (!PersonalLinks.looksLikeToken(token)) {
            return Optional.empty();
        }
        Optional<PersonalLink> link = database.inTransaction(handle -> links.find(handle, token));
        Optional<BallotSession.Open> open = sessions.of(request).filter(session -> link.isPresent() && session.of(link.get()));
        if (open.isPresent() && link.get().used() && link.get().pollId().isEmpty()) {
            PersonalLink used = link.get();
            return Optional.of(new PersonalLink(used.personId(), open.get().pollId(), used.webIdentity(), used.expiresAt(),
                    used.usedAt(), used.usedBy()));
        }
        return link.filter(found -> open.isPresent() || (!found.used() && !found.expiredAt(clock.instant())));
    }

    /** The open polls this person may vote in, or the one the link was asked for. */
    private List<Poll> allowed(PersonalLink link) {
        return database.inTransaction(handle -> {
            List<Poll> candidates = link.pollId().map(id -> polls.find(handle, id).stream().toList())
                    .orElseGet(() -> polls.openPolls(handle));
            return candidates.stream().filter(Poll::isOpen)
                    .filter(poll -> polls.refusal(handle, poll, link.personId(), true).isEmpty()).toList();
        });
    }

    private Reply ballot(WebRequest request, int status, String token, PersonalLink link, FormState form, long formPoll) {
        Texts t = pages.texts(request);
        List<BallotView.BallotPoll> shown = new ArrayList<>();
        List<String> grades = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            grades.add(grade.label(t));
        }
        for (Poll poll : allowed(link)) {
            String input = switch (poll.kind()) {
                case PROPOSAL, SINGLE -> "radio";
                case MULTIPLE, DATES -> "checkbox";
                case RANKED -> "rank";
                case JUDGMENT -> "grade";
                case CONSULTATION -> "text";
            };
            int max = poll.rules().maxSelections() == 0 ? poll.options().size() : poll.rules().maxSelections();
            String hint = poll.kind() == PollKind.MULTIPLE ? t.get("bulletin.aide.MULTIPLE", max) : t.get("bulletin.aide." + poll.kind().name());
            shown.add(new BallotView.BallotPoll(poll.id(), poll.question(), input, Lines.options(t, poll), hint, grades,
                    poll.rules().secret()));
        }
        BallotView view = new BallotView("/vote/" + token, Secrets.randomText(18), shown, form, formPoll);
        return pages.render(request, status, t.get("bulletin.titre"), "ballot.jte", Map.of("view", view))
                .withHeader("Cache-Control", "no-store");
    }

    private Reply spent(WebRequest request) {
        Texts t = pages.texts(request);
        return pages.message(request, 410, Message.of(t.get("bulletin.lien.perime.titre"), t.get("bulletin.lien.perime")))
                .withHeader("Cache-Control", "no-store");
    }
}
