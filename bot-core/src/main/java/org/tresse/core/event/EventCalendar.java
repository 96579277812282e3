package org.tresse.core.event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.tresse.core.event.internal.VTimeZones;
import org.tresse.core.store.Handle;

/**
 * The agenda as iCalendar (RFC 5545), written with ical4j: a feed of all events or of one group's,
 * public ones only unless asked, and one event's {@code .ics} (METHOD:PUBLISH, so calendars add
 * it). Times carry the association's zone (TZID) with its VTIMEZONE, so 20:00 stays 20:00 for
 * every reader across summer time; a repeating event is one VEVENT with its RRULE, its cancelled
 * dates as EXDATE and each moved date as a VEVENT of the same UID with a RECURRENCE-ID.
 */
public final class EventCalendar {
    /** The media type of what this writes. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    /** Feeds leave out events over more than this long ago. */
    public static final int KEEP_PAST_DAYS = 90;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Clock clock;
    private final ZoneId zone;
    private final EventRules rules;
    private final Events events;
    private final Optional<String> publicUrl;

    /** @param publicUrl the web front door's address: a public event's VEVENT then carries its page ({@link #pagePath}) as URL */
    public EventCalendar(Clock clock, ZoneId zone, EventRules rules, Events events, Optional<String> publicUrl) {
        this.clock = clock;
        this.zone = zone;
        this.rules = rules;
        this.events = events;
        this.publicUrl = publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The feed: every event on the agenda, or one group's; public ones only unless {@code membersToo}. */
    public String feed(Handle handle, Optional<String> group, boolean membersToo, String name) {
        return feed(handle, group, membersToo, name, Set.of());
    }

    /**
     * The same, {@code offPages} being the groups kept off the public pages: without
     * {@code membersToo} their events are left out even when public, and theirs carry no URL.
     */
    public String feed(Handle handle, Optional<String> group, boolean membersToo, String name, Set<String> offPages) {
        LocalDate oldest = clock.instant().atZone(zone).toLocalDate().minusDays(KEEP_PAST_DAYS);
        List<Event> shown = new ArrayList<>();
        for (Event event : events.listed(handle)) {
            boolean recent = Occurrences.lastDay(event).map(last -> !last.isBefore(oldest)).orElse(true);
            boolean hidden = event.group().filter(offPages::contains).isPresent();
            if (recent && (membersToo || event.open() && !hidden) && (group.isEmpty() || event.group().equals(group))) {
                shown.add(event);
            }
        }
        return write(shown, Optional.of(name), offPages);
    }

    /** One event as an {@code .ics} file (with no URL: whoever writes it may not know which groups have pages). */
    public String single(Event event) {
        return write(List.of(event), Optional.empty(), null);
    }

    /** One event as an {@code .ics} file, with its page's URL when it has one ({@code offPages} as for {@link #feed}). */
    public String single(Event event, Set<String> offPages) {
        return write(List.of(event), Optional.empty(), offPages);
    }

    /** The path of an event's public page on the web front door. */
    public static String pagePath(Event event) {
        return "/evenements/" + event.id();
    }

    /** Whether an event has a public page: public, in a group that has public pages (or the whole association's). */
    public static boolean paged(Event event, Set<String> offPages) {
        return event.open() && event.status().listed() && event.group().filter(offPages::contains).isEmpty();
    }

    /** The file name of an event's {@code .ics}. */
    public static String fileName(Event event) {
        return "evenement-" + event.id() + ".ics";
    }

    /** {@code offPages} null: no URL at all. */
    private String write(List<Event> shown, Optional<String> name, Set<String> offPages) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tresse//Agenda//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        name.ifPresent(title -> calendar.add(new XProperty("X-WR-CALNAME", title)));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(VTimeZones.of(zone));
        for (Event event : shown) {
            Optional<URI> page = offPages != null && paged(event, offPages) ? publicUrl.map(url -> URI.create(url + pagePath(event)))
                    : Optional.empty();
            calendar.add(vevent(event, Occurrences.at(event, event.start().toLocalDate())
                    .orElse(new Occurrence(event, event.start().toLocalDate(), event.start(), event.place(), event.cancelled(), false)), true,
                    page));
            for (OccurrenceChange change : event.changes().values()) {
                if (change.movedTo().isPresent() && !change.cancelled()) {
                    Occurrences.at(event, change.occurrence()).ifPresent(moved -> calendar.add(vevent(event, moved, false, page)));
                }
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The event's VEVENT ({@code master}: with its rule and its cancelled dates), or one moved date's. */
    private VEvent vevent(Event event, Occurrence occurrence, boolean master, Optional<URI> page) {
        LocalDateTime start = master ? event.start() : occurrence.start();
        VEvent vevent = new VEvent(zoned(start), zoned(start.plus(event.duration())), event.title());
        vevent.replace(new DtStamp(clock.instant()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Created(event.createdAt()));
        vevent.add(new Sequence(event.sequence()));
        String organizer = event.partner().flatMap(rules::partner).map(Partner::name).orElse(rules.organizer());
        vevent.add(new Organizer(new ParameterList(List.of(new Cn(organizer))), "mailto:" + rules.organizerMail()));
        vevent.add(event.cancelled() || (!master && occurrence.cancelled()) ? new Status(Status.VALUE_CANCELLED)
                : new Status(Status.VALUE_CONFIRMED));
        vevent.add(new Clazz(event.open() ? Clazz.VALUE_PUBLIC : Clazz.VALUE_PRIVATE));
        Optional<String> place = master ? event.place() : occurrence.place();
        place.ifPresent(where -> vevent.add(new Location(rules.place(where).map(Place::location).orElse(where))));
        description(event).ifPresent(text -> vevent.add(new Description(text)));
        event.group().ifPresent(group -> vevent.add(new Categories(group)));
        page.ifPresent(address -> vevent.add(new Url(address)));
        if (master && event.recurrence().isPresent()) {
            Recurrence rule = event.recurrence().get();
            String until = rule.until().map(day -> ";UNTIL=" + UNTIL.format(day.atTime(23, 59, 59).atZone(zone)
                    .withZoneSameInstant(java.time.ZoneOffset.UTC))).orElse("");
            vevent.add(new RRule<ZonedDateTime>(rule.rrule() + until));
            List<ZonedDateTime> cancelled = new ArrayList<>();
            for (OccurrenceChange change : event.changes().values()) {
                if (change.cancelled()) {
                    cancelled.add(zoned(change.occurrence().atTime(event.start().toLocalTime())));
                }
            }
            if (!cancelled.isEmpty()) {
                vevent.add(new ExDate<>(new ParameterList(List.of(new TzId(zone.getId()))), new DateList<>(cancelled)));
            }
        }
        if (!master) {
            vevent.add(new RecurrenceId<>(new ParameterList(List.of(new TzId(zone.getId()))), zoned(occurrence.ruleStart())));
        }
        return vevent;
    }

    private Optional<String> description(Event event) {
        List<String> parts = new ArrayList<>();
        event.description().ifPresent(parts::add);
        event.partner().flatMap(rules::partner).ifPresent(partner -> parts.add(partner.name()));
        event.reason().filter(reason -> event.cancelled()).ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts));
    }

    private ZonedDateTime zoned(LocalDateTime local) {
        return local.atZone(zone);
    }
}
