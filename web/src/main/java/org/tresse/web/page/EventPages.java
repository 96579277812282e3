package org.tresse.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.event.Event;
import org.tresse.core.event.EventCalendar;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.event.Partner;
import org.tresse.core.event.RsvpCounts;
import org.tresse.core.groups.Groups;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.web.Site;
import org.tresse.web.WebServices;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.view.EventCard;
import org.tresse.web.view.EventView;
import org.tresse.web.view.Page;

/**
 * {@code /evenements}: the public agenda, what is coming; {@code /evenements/{n}}: an event's
 * page (its date in the association's zone, place, description, how many answered and wait, how to
 * answer) and {@code /evenements/{n}.ics}. Public events of groups that have public pages only:
 * any other number is the site's 404, so a guess learns nothing. Counts only, never names.
 */
public final class EventPages {
    /** How far ahead the list looks. */
    static final Duration AHEAD = Duration.ofDays(366);
    static final int LISTED = 60;
    private static final String ICS = ".ics";

    private final Pages pages;
    private final Database database;
    private final WebServices.Agenda agenda;
    private final Groups groups;
    private final Clock clock;

    public EventPages(Pages pages, Database database, WebServices.Agenda agenda, Groups groups, Clock clock) {
        this.pages = pages;
        this.database = database;
        this.agenda = agenda;
        this.groups = groups;
        this.clock = clock;
    }

    public Reply list(WebRequest request) {
        Instant now = clock.instant();
        Site site = pages.site();
        return pages.render(request, 200, pages.texts(request).get("agenda.page.titre"), "events.jte", page -> database.inTransaction(handle -> {
            Map<String, String> names = HomePage.groupNames(groups, handle);
            // each event once, at its next date not called off (a repeating event's others are on its page)
            Map<Long, Occurrence> next = new java.util.LinkedHashMap<>();
            for (Occurrence occurrence : agenda.events().agenda(handle, now, now.plus(AHEAD), Optional.empty(), false)) {
                if (EventCalendar.paged(occurrence.event(), site.hiddenGroups())) {
                    next.merge(occurrence.event().id(), occurrence, (kept, later) -> kept.cancelled() && !later.cancelled() ? later : kept);
                }
            }
            List<EventCard> cards = next.values().stream().sorted(java.util.Comparator.comparing(Occurrence::start)).limit(LISTED)
                    .map(occurrence -> card(page, occurrence, names)).toList();
            return Map.of("events", cards, "proposals", !agenda.events().rules().partners().isEmpty());
        }));
    }

    public Reply show(WebRequest request) {
        String number = request.pathParam("n");
        boolean ics = number.endsWith(ICS);
        String key = ics ? number.substring(0, number.length() - ICS.length()) : number;
        if (!key.matches("\\d{1,12}")) {
            return pages.page(404, request);
        }
        Optional<Event> found = database.inTransaction(handle -> agenda.events().find(handle, Long.parseLong(key)))
                .filter(event -> EventCalendar.paged(event, pages.site().hiddenGroups()));
        if (found.isEmpty()) {
            return pages.page(404, request);
        }
        Event event = found.get();
        if (ics) {
            return Reply.of(200, EventCalendar.MEDIA_TYPE, agenda.calendar().single(event, pages.site().hiddenGroups()))
                    .withHeader("Content-Disposition", "attachment; filename=\"" + EventCalendar.fileName(event) + "\"")
                    .withHeader("Cache-Control", "public, max-age=300");
        }
        return pages.render(request, 200, event.title(), "event.jte", page -> Map.of("view",
                database.inTransaction(handle -> view(handle, page, event))));
    }

    EventView view(Handle handle, Page page, Event event) {
        Instant now = clock.instant();
        ZoneId zone = agenda.events().zone();
        Map<String, String> names = HomePage.groupNames(groups, handle);
        List<Occurrence> upcoming = event.cancelled() ? List.of() : Occurrences.upcoming(event, now, zone, 4);
        Occurrence shown = upcoming.isEmpty() ? last(event, now, zone) : upcoming.get(0);
        Optional<String> state = event.cancelled() ? Optional.of(page.t("agenda.evenement.annule"))
                : upcoming.isEmpty() ? Optional.of(page.t("agenda.evenement.passe")) : Optional.empty();
        boolean answerable = !upcoming.isEmpty() && shown.startsAt(zone).isAfter(now);
        List<String> counts = new ArrayList<>();
        Optional<String> places = Optional.empty();
        if (!event.cancelled()) {
            RsvpCounts count = agenda.rsvps().counts(handle, shown);
            counts.add(count.answered() == 0 ? page.t("agenda.evenement.reponses.aucune")
                    : page.t("agenda.evenement.reponses.compte", count.yes(), count.maybe(), count.no()));
            if (count.waiting() > 0) {
                counts.add(page.t("agenda.evenement.attente", count.waiting()));
            }
            if (event.capacity().isPresent() && answerable) {
                int left = Math.max(0, event.capacity().getAsInt() - count.yes());
                places = Optional.of(left == 0 ? page.t("agenda.evenement.complet", event.capacity().getAsInt())
                        : page.t("agenda.evenement.places", left, event.capacity().getAsInt()));
            }
        }
        List<EventView.Way> ways = answerable ? ways(page, event) : List.of();
        List<String> description = event.description().map(text -> List.of(text.strip().split("\\R\\s*\\R"))).orElse(List.of());
        List<EventCard> later = upcoming.stream().skip(1).map(occurrence -> card(page, occurrence, names)).toList();
        return new EventView(card(page, shown, names), description, length(page, event.duration()), counts, places, ways, later, state);
    }

    /** The last date of an event that is over (or called off). */
    static Occurrence last(Event event, Instant now, ZoneId zone) {
        java.time.LocalDate today = now.atZone(zone).toLocalDate();
        List<Occurrence> past = Occurrences.between(event, event.start().toLocalDate(), today);
        return past.isEmpty() ? Occurrences.between(event, event.start().toLocalDate(), event.start().toLocalDate()).stream().findFirst()
                .orElse(new Occurrence(event, event.start().toLocalDate(), event.start(), event.place(), event.cancelled(), false))
                : past.get(past.size() - 1);
    }

    /** How to answer: a message to the bot on Telegram, a mail whose subject is the answer. */
    private List<EventView.Way> ways(Page page, Event event) {
        String answer = page.t("agenda.evenement.reponse", String.valueOf(event.id()));
        List<EventView.Way> ways = new ArrayList<>();
        for (Site.Contact contact : pages.site().contacts()) {
            if (contact.kind().equals("telegram")) {
                ways.add(new EventView.Way(page.t("agenda.evenement.telegram", answer), contact.href(), contact.label()));
            } else if (contact.kind().equals("email")) {
                String mail = contact.href() + "?subject=" + URLEncoder.encode(answer, StandardCharsets.UTF_8).replace("+", "%20");
                ways.add(new EventView.Way(page.t("agenda.evenement.email", answer), mail, contact.label()));
            }
        }
        return ways;
    }

    private EventCard card(Page page, Occurrence occurrence, Map<String, String> names) {
        Event event = occurrence.event();
        Instant start = occurrence.startsAt(agenda.events().zone());
        Optional<String> partner = event.partner().flatMap(agenda.events().rules()::partner).map(Partner::name);
        String weekday = start.atZone(agenda.events().zone()).getDayOfWeek().getDisplayName(TextStyle.FULL, page.texts().language().locale());
        return new EventCard(event.id(), event.title(), page.t("agenda.evenement.jour", weekday, page.dateTime(start)), start.toString(),
                occurrence.place(), event.group().map(slug -> names.getOrDefault(slug, slug)), partner, occurrence.cancelled(),
                event.repeats());
    }

    private static String length(Page page, Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (hours == 0) {
            return page.t("agenda.evenement.duree.minutes", minutes);
        }
        return minutes == 0 ? page.t("agenda.evenement.duree.heures", hours) : page.t("agenda.evenement.duree.hm", hours, minutes);
    }
}
