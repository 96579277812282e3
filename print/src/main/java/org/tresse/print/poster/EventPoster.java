package org.tresse.print.poster;

import java.util.ArrayList;
import java.util.List;
import org.tresse.core.engine.UserError;
import org.tresse.core.event.Event;
import org.tresse.core.event.EventStatus;
import org.tresse.core.event.Events;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.store.Handle;
import org.tresse.print.internal.Days;

/**
 * A poster for an event: its title, its next date, place and places, who it is for, and codes to
 * the agenda's calendar feed, to the bot on Telegram, and to the bot by email (a mail with the
 * subject {@code /participe 3 oui} answers yes).
 */
public final class EventPoster implements PosterSubject {
    private final Events events;

    public EventPoster(Events events) {
        this.events = events;
    }

    @Override
    public Poster poster(Handle handle, String reference, PosterScope scope) {
        Event event = events.get(handle, reference);
        if (event.status() != EventStatus.SCHEDULED) {
            throw new UserError(event.status() == EventStatus.CANCELLED ? "affiche.evenement.annule" : "affiche.evenement.propose", event.id());
        }
        Occurrence next = Occurrences.next(event, scope.now(), scope.zone()).filter(occurrence -> !occurrence.cancelled())
                .orElseThrow(() -> new UserError("affiche.evenement.passe", event.id()));
        String invitation = scope.t("affiche.evenement.quand", Days.dateTime(scope.texts(), next.startsAt(scope.zone()), scope.zone()));
        List<String> details = new ArrayList<>();
        next.place().ifPresent(place -> details.add(scope.t("affiche.evenement.lieu", place)));
        event.capacity().ifPresent(places -> details.add(scope.t("affiche.evenement.places", places)));
        details.add(scope.t(event.open() ? "affiche.public.tous" : "affiche.public.membres"));
        String answer = "/participe " + event.id() + " oui";
        List<QrTarget> codes = new ArrayList<>();
        scope.links().agendaFeed().ifPresent(feed -> codes.add(new QrTarget(scope.t("affiche.qr.agenda"), feed, feed)));
        scope.links().telegramChat().ifPresent(link -> codes.add(new QrTarget(scope.t("affiche.qr.telegram"), link,
                scope.t("affiche.qr.telegram.texte", link, answer))));
        scope.links().mail(answer).ifPresent(mail -> codes.add(new QrTarget(scope.t("affiche.qr.email"), mail,
                scope.t("affiche.qr.email.texte", scope.links().email().orElseThrow(), answer))));
        if (codes.isEmpty()) {
            throw new UserError("affiche.aucun.lien");
        }
        return new Poster(scope.t("affiche.evenement", event.id()), event.title(), invitation, details, codes);
    }
}
