package org.tresse.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.Identity;
import org.tresse.core.groups.Groups;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollLimits;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Database;
import org.tresse.web.channel.Submission;
import org.tresse.web.channel.WebConnector;
import org.tresse.web.channel.WebIntake;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.view.FormState;
import org.tresse.web.view.Message;
import org.tresse.web.view.Page;
import org.tresse.web.view.PollView;
import org.tresse.web.view.Results;

/**
 * {@code /sondages/{n}}: a poll, its results when the rules allow (a hidden result shows only how
 * many answered, as in chat), and how to take part; the answer form of a consultation open to
 * all, and for a public vote the request of a personal link by email.
 */
public final class PollPages {
    private final Pages pages;
    private final Guard guard;
    private final WebConnector web;
    private final Database database;
    private final Polls polls;
    private final Groups groups;
    private final HomePage home;
    private final boolean emailChannel;

    public PollPages(Pages pages, Guard guard, WebConnector web, Database database, Polls polls, Groups groups, HomePage home,
            boolean emailChannel) {
        this.pages = pages;
        this.guard = guard;
        this.web = web;
        this.database = database;
        this.polls = polls;
        this.groups = groups;
        this.home = home;
        this.emailChannel = emailChannel;
    }

    public Reply show(WebRequest request) {
        return find(request).map(poll -> show(request, 200, poll, FormState.empty())).orElseGet(() -> pages.page(404, request));
    }

    private Optional<Poll> find(WebRequest request) {
        String number = request.pathParam("n");
        if (!number.matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return database.inTransaction(handle -> polls.find(handle, Long.parseLong(number)))
                .filter(poll -> Lines.isPublic(pages.site(), poll));
    }

    private Reply show(WebRequest request, int status, Poll poll, FormState form) {
        return pages.render(request, status, poll.question(), "poll.jte", page -> Map.of("view", view(page, poll, form)));
    }

    private PollView view(Page page, Poll poll, FormState form) {
        Texts t = page.texts();
        return database.inTransaction(handle -> {
            var card = Lines.poll(page, poll, HomePage.groupNames(groups, handle));
            List<String> traits = new ArrayList<>();
            if (poll.rules().secret()) {
                traits.add(t.get("trait.secret"));
            }
            if (poll.rules().resultsHidden()) {
                traits.add(t.get("trait.caches"));
            } else if (poll.rules().secret() && poll.isOpen() && poll.kind() != PollKind.CONSULTATION) {
                traits.add(t.get("trait.paquets", org.tresse.core.poll.PollLimits.SECRET_TALLY_PERSONS,
                        org.tresse.core.poll.PollLimits.SECRET_TALLY_WINDOW.toMinutes()));
            }
            if (poll.rules().consent()) {
                traits.add(t.get("trait.consentement"));
            }
            poll.rules().quorum().ifPresent(quorum -> traits.add(t.get("trait.quorum", quorum.toString())));
            poll.rules().threshold().ifPresent(threshold -> traits.add(t.get("trait.seuil", threshold.toString())));
            if (poll.kind() == PollKind.MULTIPLE && poll.rules().maxSelections() > 1) {
                traits.add(t.get("trait.max", poll.rules().maxSelections()));
            }
            var result = poll.resultsVisible() ? Optional.of(Results.of(t, poll, polls.result(handle, poll))) : Optional.<org.tresse.web.view.ResultView>empty();
            Optional<String> hidden = poll.resultsVisible() ? Optional.empty()
                    : Optional.of(t.get("sondage.resultats.caches", polls.voterCount(handle, poll)));
            List<String> how = new ArrayList<>();
            boolean byEmail = false;
            if (poll.isOpen()) {
                if (card.answerHere()) {
                    how.add(t.get("sondage.comment.consultation"));
                } else if (poll.audience().open()) {
                    byEmail = emailChannel;
                    how.add(t.get(emailChannel ? "sondage.comment.public.email" : "sondage.comment.public", poll.id()));
                } else {
                    how.add(t.get("sondage.comment.lien", poll.id()));
                }
                how.add(t.get(poll.kind() == PollKind.CONSULTATION ? "sondage.comment.chat.consultation" : "sondage.comment.chat",
                        poll.id()));
            }
            return new PollView(card, Lines.options(t, poll), traits, result, hidden, how, byEmail, form, poll.decisionId());
        });
    }

    /** A visitor answers a consultation open to all, from its page or the home page. */
    public Reply answer(WebRequest request) throws InterruptedException {
        Optional<Reply> refused = guard.form(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Poll> found = find(request);
        if (found.isEmpty()) {
            return pages.page(404, request);
        }
        Poll poll = found.get();
        Texts t = pages.texts(request);
        if (Guard.isRobot(request)) {
            return pages.message(request, 200, Message.of(t.get("consultation.merci.titre")));
        }
        if (!poll.isOpen() || poll.kind() != PollKind.CONSULTATION || !poll.audience().open()) {
            return pages.message(request, 409, Message.of(t.get("consultation.impossible.titre"),
                    t.get(poll.isOpen() ? "consultation.pas.ouverte" : "consultation.close", poll.id()))
                    .withLink("/sondages/" + poll.id(), t.get("accueil.voir.sondage", poll.id())));
        }
        String text = request.form("reponse").orElse("");
        String field = "reponse-" + poll.id();
        Optional<String> problem = Answers.problem(t, text, PollLimits.MAX_ANSWER_TEXT);
        if (problem.isPresent()) {
            FormState form = FormState.empty().value("reponse", text).error(field, problem.get());
            boolean fromHome = request.form("retour").map("/"::equals).orElse(false);
            return fromHome ? home.showWith(request, 400, poll.id(), form) : show(request, 400, poll, form);
        }
        Submission submission = web.submit(Visitors.eventId(), Visitors.room(), Visitors.newVisitor(), t.get("visiteur.nom"), false,
                WebIntake.answerText(poll.key(), text.strip()));
        Message thanks = Message.of(t.get("consultation.merci.titre"), t.get("consultation.merci.texte", poll.question()))
                .withLink("/sondages/" + poll.id(), t.get("accueil.voir.sondage", poll.id()));
        return pages.message(request, 200, submission.replies().isEmpty() ? thanks : thanks.withReply(Answers.repliesHtml(submission)));
    }

    /** A public vote: the visitor asks for a personal link at their address; it goes there, never to the page. */
    public Reply byEmail(WebRequest request) throws InterruptedException {
        Optional<Reply> refused = guard.form(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Poll> found = find(request);
        if (found.isEmpty()) {
            return pages.page(404, request);
        }
        Poll poll = found.get();
        Texts t = pages.texts(request);
        Message sent = Message.of(t.get("sondage.email.envoye.titre"), t.get("sondage.email.envoye.texte"));
        if (Guard.isRobot(request)) {
            return pages.message(request, 200, sent);
        }
        if (!emailChannel || !poll.isOpen() || !poll.audience().open() || poll.kind() == PollKind.CONSULTATION) {
            return pages.message(request, 409, Message.of(t.get("consultation.impossible.titre"), t.get("sondage.email.impossible"))
                    .withLink("/sondages/" + poll.id(), t.get("accueil.voir.sondage", poll.id())));
        }
        String address = request.form("adresse").orElse("").strip();
        if (!Answers.isEmail(address)) {
            FormState form = FormState.empty().value("adresse", address)
                    .error("adresse", address.isEmpty() ? t.get("formulaire.adresse.vide") : t.get("formulaire.adresse.invalide", address));
            return show(request, 400, poll, form);
        }
        String normalized = address.toLowerCase(Locale.ROOT);
        web.submit(Visitors.eventId(), Visitors.room(), new Identity(WebConnector.EMAIL, normalized), normalized, false,
                "/lien " + poll.key());
        return pages.message(request, 200, sent.withLink("/sondages/" + poll.id(), t.get("accueil.voir.sondage", poll.id())));
    }
}
