package org.tresse.web.page;

import java.util.Map;
import java.util.Optional;
import org.tresse.core.channel.Receipt;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Database;
import org.tresse.core.voice.Voices;
import org.tresse.web.channel.Contacts;
import org.tresse.web.channel.Submission;
import org.tresse.web.channel.VoiceIntake;
import org.tresse.web.channel.WebConnector;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.view.FormState;
import org.tresse.web.view.Message;

/**
 * {@code /avis}: a voice from anyone, by a plain form. Without an address it is anonymous (no
 * one can know who wrote it, and no one can answer); with one, the coordinators' answer is
 * mailed to it. It goes to the engine as a voice, whatever its words ({@link VoiceIntake}): nothing
 * typed here is a command.
 */
public final class VoicePage {
    private static final int ANONYMOUS_FORMS_KEPT = 1000;
    private final Pages pages;
    private final Guard guard;
    private final WebConnector web;
    private final Database database;
    private final Contacts contacts;
    /** Anonymous voices: the engine forgets their event, so it cannot tell a copy sent again. */
    private final RecentForms anonymousForms = new RecentForms(ANONYMOUS_FORMS_KEPT);

    public VoicePage(Pages pages, Guard guard, WebConnector web, Database database, Contacts contacts) {
        this.pages = pages;
        this.guard = guard;
        this.web = web;
        this.database = database;
        this.contacts = contacts;
    }

    public Reply form(WebRequest request) {
        return show(request, 200, FormState.empty());
    }

    private Reply show(WebRequest request, int status, FormState form) {
        return pages.render(request, status, pages.texts(request).get("avis.titre"), "voice.jte",
                Map.of("form", form, "mailAnswers", web.mailsAnswers()));
    }

    public Reply send(WebRequest request) throws InterruptedException {
        Optional<Reply> refused = guard.form(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Texts t = pages.texts(request);
        if (Guard.isRobot(request)) {
            return pages.message(request, 200, Message.of(t.get("avis.merci.titre"), t.get("avis.merci.texte")));
        }
        String text = request.form("texte").orElse("");
        String address = web.mailsAnswers() ? request.form("adresse").orElse("").strip() : "";
        FormState form = FormState.empty().value("texte", text).value("adresse", address);
        Answers.problem(t, text, Voices.MAX_LENGTH).ifPresent(problem -> form.error("texte", problem));
        if (!address.isEmpty() && !Answers.isEmail(address)) {
            form.error("adresse", t.get("formulaire.adresse.invalide", address));
        }
        if (form.hasErrors()) {
            return show(request, 400, form);
        }
        String room = Visitors.room();
        boolean named = !address.isEmpty();
        if (named) {
            database.useTransaction(handle -> contacts.remember(handle, room, address.toLowerCase(java.util.Locale.ROOT)));
        }
        String message = VoiceIntake.voiceText(text.strip(), !named);
        String eventId = Visitors.eventId(request, "avis");
        Message thanks = Message.of(t.get("avis.merci.titre"), t.get(named ? "avis.merci.nomme" : "avis.merci.anonyme"))
                .withLink("/", t.get("erreur.accueil"));
        if (!named && !anonymousForms.claim(eventId)) {
            return pages.message(request, 200, thanks);
        }
        Submission submission;
        try {
            submission = web.submit(eventId, room, Visitors.newVisitor(), named ? address : t.get("visiteur.nom"), false, message);
        } catch (RuntimeException | InterruptedException failure) {
            anonymousForms.release(eventId);
            throw failure;
        }
        if (submission.receipt() == Receipt.REJECTED || submission.receipt() == Receipt.DUPLICATE) {
            anonymousForms.release(eventId);
            database.useTransaction(handle -> contacts.forget(handle, room));
        }
        return pages.message(request, 200, submission.replies().isEmpty() ? thanks : thanks.withReply(Answers.repliesHtml(submission)));
    }
}
