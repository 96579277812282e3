package org.tresse.print.poster;

import java.util.ArrayList;
import java.util.List;
import org.tresse.core.engine.UserError;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Handle;
import org.tresse.print.internal.Days;

/**
 * A poster for an open poll or consultation: its question, when to answer by, and codes to its
 * page, to the bot on Telegram ({@code start=p12} opens the poll in private) and to the bot by
 * email (a mail with the subject {@code /start p12} is answered with the ballot).
 */
public final class PollPoster implements PosterSubject {
    private final Polls polls;

    public PollPoster(Polls polls) {
        this.polls = polls;
    }

    @Override
    public Poster poster(Handle handle, String reference, PosterScope scope) {
        Poll poll = polls.get(handle, reference);
        if (!poll.isOpen()) {
            throw new UserError("affiche.sondage.clos", poll.id());
        }
        boolean consultation = poll.kind() == PollKind.CONSULTATION;
        String invitation = poll.closesAt()
                .map(at -> scope.t(consultation ? "affiche.avis.avant" : "affiche.vote.avant", Days.dateTime(scope.texts(), at, scope.zone())))
                .orElseGet(() -> scope.t(consultation ? "affiche.avis.maintenant" : "affiche.vote.maintenant"));
        List<String> details = new ArrayList<>();
        details.add(audience(scope, poll));
        details.add(scope.t("affiche.ouvert.le", Days.day(scope.texts(), poll.createdAt().atZone(scope.zone()).toLocalDate())));
        List<QrTarget> codes = new ArrayList<>();
        scope.links().pollPage(poll.id()).ifPresent(page -> codes.add(new QrTarget(scope.t("affiche.qr.site"), page, page)));
        scope.links().telegramPoll(poll.id()).ifPresent(link -> codes.add(new QrTarget(scope.t("affiche.qr.telegram"), link, link)));
        scope.links().mail("/start p" + poll.id()).ifPresent(mail -> codes.add(new QrTarget(scope.t("affiche.qr.email"), mail,
                scope.t("affiche.qr.email.texte", scope.links().email().orElseThrow(), "/start p" + poll.id()))));
        if (codes.isEmpty()) {
            throw new UserError("affiche.aucun.lien");
        }
        String kicker = scope.t(consultation ? "affiche.consultation" : "affiche.sondage", poll.id());
        return new Poster(kicker, poll.question(), invitation, details, codes);
    }

    private static String audience(PosterScope scope, Poll poll) {
        if (poll.audience().open()) {
            return scope.t("affiche.public.tous");
        }
        return poll.audience().group().map(group -> scope.t("affiche.public.groupe", group)).orElseGet(() -> scope.t("affiche.public.membres"));
    }
}
