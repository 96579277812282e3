package org.tresse.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tresse.core.event.internal.VTimeZones;

/**
 * The feeds and .ics files, parsed back by ical4j's own parser: time zones, recurrence rules and
 * exceptions as RFC 5545 writes them, validated for METHOD:PUBLISH.
 */
class EventCalendarTest {
    private final EventFixture fixture = new EventFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> vevents(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(PropertyContainer component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String parameter(Component component, String property, String parameter) {
        return component.getProperty(property).flatMap(found -> found.getParameter(parameter)).map(Object::toString).orElse(null);
    }

    @Test
    void a_monthly_meeting_with_a_moved_and_a_cancelled_date_reads_back_at_the_right_instants_across_summer_time() throws Exception {
        Event monthly = fixture.create("Réunion mensuelle", LocalDateTime.of(2024, 3, 5, 20, 0), Optional.of("chaque premier mardi du mois"), true);
        fixture.database.useTransaction(handle -> {
            Event event = fixture.events.get(handle, monthly.key());
            fixture.events.moveOccurrence(handle, Occurrences.at(event, LocalDate.of(2024, 4, 2)).orElseThrow(),
                    LocalDateTime.of(2024, 4, 3, 20, 0), Optional.of("rue du Paradis"));
            event = fixture.events.get(handle, monthly.key());
            fixture.events.cancelOccurrence(handle, Occurrences.at(event, LocalDate.of(2024, 5, 7)).orElseThrow());
        });
        String ics = fixture.database.inTransaction(handle -> fixture.calendar.feed(handle, Optional.empty(), false, "La Tresse"));
        Calendar calendar = parse(ics);
        assertThat(calendar.validate().getEntries()).as(ics).isEmpty();
        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("La Tresse");

        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(value(zone, "TZID")).isEqualTo("Europe/Paris");
        assertThat(ics).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200");

        List<VEvent> vevents = vevents(calendar);
        assertThat(vevents).hasSize(2);
        VEvent master = vevents.get(0);
        assertThat(parameter(master, "DTSTART", "TZID")).isEqualTo("TZID=Europe/Paris");
        assertThat(value(master, "DTSTART")).isEqualTo("20240305T200000");
        assertThat(value(master, "RRULE")).isEqualTo("FREQ=MONTHLY;BYDAY=1TU");
        assertThat(value(master, "EXDATE")).isEqualTo("20240507T200000");
        assertThat(parameter(master, "EXDATE", "TZID")).isEqualTo("TZID=Europe/Paris");
        assertThat(value(master, "LOCATION")).isEqualTo("La Vayssade, 46230 Lalbenque");
        assertThat(value(master, "SEQUENCE")).isEqualTo("2");
        assertThat(value(master, "URL")).as("its public page").isEqualTo("https://la-tresse.example.org/evenements/" + monthly.id());
        assertThat(value(vevents.get(1), "URL")).as("the moved date's too").isEqualTo(value(master, "URL"));
        assertThat(value(master, "ORGANIZER")).isEqualTo("mailto:tresse@localhost");

        ZoneId paris = ZoneId.of("Europe/Paris");
        List<Instant> dates = master.<ZonedDateTime>calculateRecurrenceSet(new Period<>(ZonedDateTime.of(2024, 3, 1, 0, 0, 0, 0, paris),
                ZonedDateTime.of(2024, 7, 1, 0, 0, 0, 0, paris))).stream().map(period -> period.getStart().toInstant()).toList();
        // 20:00 in Lalbenque: 19:00 UTC in winter, 18:00 UTC after the 31st of March; 7 May is cancelled
        assertThat(dates).containsExactly(Instant.parse("2024-03-05T19:00:00Z"), Instant.parse("2024-04-02T18:00:00Z"),
                Instant.parse("2024-06-04T18:00:00Z"));

        VEvent moved = vevents.get(1);
        assertThat(value(moved, "UID")).isEqualTo(value(master, "UID"));
        assertThat(value(moved, "RECURRENCE-ID")).isEqualTo("20240402T200000");
        assertThat(parameter(moved, "RECURRENCE-ID", "TZID")).isEqualTo("TZID=Europe/Paris");
        Temporal start = moved.getDateTimeStart().getDate();
        assertThat(((ZonedDateTime) start).toInstant()).isEqualTo(Instant.parse("2024-04-03T18:00:00Z"));
        assertThat(value(moved, "LOCATION")).isEqualTo("rue du Paradis");
    }

    @Test
    void the_public_feed_leaves_the_members_events_out_and_a_cancelled_event_says_so() throws Exception {
        Event open = fixture.create("Fête de la musique", LocalDateTime.of(2024, 6, 21, 19, 0), Optional.empty(), true);
        Event members = fixture.create("Bureau", LocalDateTime.of(2024, 3, 12, 18, 0), Optional.empty(), false);
        fixture.database.useTransaction(handle -> fixture.events.cancel(handle, fixture.events.get(handle, open.key()),
                Optional.of("Pluie annoncée")));
        Calendar shown = parse(fixture.database.inTransaction(handle -> fixture.calendar.feed(handle, Optional.empty(), false, "Public")));
        assertThat(vevents(shown)).extracting(event -> value(event, "SUMMARY")).containsExactly("Fête de la musique");
        assertThat(value(vevents(shown).get(0), "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(vevents(shown).get(0), "DESCRIPTION")).isEqualTo("Pluie annoncée");
        Calendar all = parse(fixture.database.inTransaction(handle -> fixture.calendar.feed(handle, Optional.empty(), true, "Membres")));
        assertThat(vevents(all)).extracting(event -> value(event, "SUMMARY")).containsExactlyInAnyOrder("Fête de la musique", "Bureau");
        VEvent bureau = vevents(all).stream().filter(event -> value(event, "SUMMARY").equals("Bureau")).findFirst().orElseThrow();
        assertThat(value(bureau, "CLASS")).isEqualTo("PRIVATE");
        assertThat(value(bureau, "URL")).as("a members' event has no public page").isNull();

        Calendar single = parse(fixture.database.inTransaction(handle ->
                fixture.calendar.single(fixture.events.get(handle, members.key()))));
        assertThat(single.validate().getEntries()).isEmpty();
        assertThat(value(single, "METHOD")).isEqualTo("PUBLISH");
        assertThat(vevents(single)).singleElement().satisfies(event -> {
            assertThat(value(event, "DTSTART")).isEqualTo("20240312T180000");
            assertThat(value(event, "DTEND")).isEqualTo("20240312T200000");
            assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        });
    }

    /** RFC 5545, 3.6.5: the VTIMEZONE of America/New_York since 2007; ours is written from the JDK's rules. */
    @Test
    void a_time_zone_is_written_as_the_rfc_5545_example_writes_new_york() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + VTimeZones.of(ZoneId.of("America/New_York"))
                + "END:VCALENDAR\r\n";
        VTimeZone zone = parse(ics).<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(ics).contains("TZID:America/New_York", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "TZNAME:EST");
        assertThat(zone.getObservances()).hasSize(2);
    }

    /** RFC 5545, 3.8.5.3's examples that Tresse's rules can say, computed by Tresse. */
    @Test
    void the_rfc_5545_recurrence_examples_tresse_can_say() {
        Recurrence everyOtherWeek = new Recurrence(Recurrence.Frequency.WEEKLY, 2, Optional.empty(), 0, Optional.empty())
                .anchoredTo(LocalDate.of(1997, 9, 2));
        assertThat(everyOtherWeek.between(LocalDateTime.of(1997, 9, 2, 9, 0), LocalDate.of(1997, 9, 1), LocalDate.of(1998, 2, 28)))
                .extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.of(1997, 9, 2), LocalDate.of(1997, 9, 16),
                        LocalDate.of(1997, 9, 30), LocalDate.of(1997, 10, 14), LocalDate.of(1997, 10, 28), LocalDate.of(1997, 11, 11),
                        LocalDate.of(1997, 11, 25), LocalDate.of(1997, 12, 9), LocalDate.of(1997, 12, 23), LocalDate.of(1998, 1, 6),
                        LocalDate.of(1998, 1, 20), LocalDate.of(1998, 2, 3), LocalDate.of(1998, 2, 17));
        // "Monthly on the first Friday until December 24, 1997": UNTIL=19971224T000000Z is the 23rd in New York
        Recurrence firstFriday = Recurrence.parse("FREQ=MONTHLY;BYDAY=1FR;UNTIL=19971223");
        assertThat(firstFriday.between(LocalDateTime.of(1997, 9, 5, 9, 0), LocalDate.of(1997, 1, 1), LocalDate.of(1998, 12, 31)))
                .extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.of(1997, 9, 5), LocalDate.of(1997, 10, 3),
                        LocalDate.of(1997, 11, 7), LocalDate.of(1997, 12, 5));
        Recurrence everyTenDays = Recurrence.parse("FREQ=DAILY;INTERVAL=10");
        assertThat(everyTenDays.between(LocalDateTime.of(1997, 9, 2, 9, 0), LocalDate.of(1997, 9, 1), LocalDate.of(1997, 10, 12)))
                .extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.of(1997, 9, 2), LocalDate.of(1997, 9, 12),
                        LocalDate.of(1997, 9, 22), LocalDate.of(1997, 10, 2), LocalDate.of(1997, 10, 12));
    }
}
