package org.tresse.commands.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.event.EventReminders;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * The monthly meeting on a moving clock: a rule across the change to summer time, a date moved and
 * one cancelled, a month with five Tuesdays, reminders the day before and two hours before — sent
 * once, also when Tresse was stopped while they fell due.
 */
@StoreTest
class EventLifecycleTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void the_first_tuesday_of_the_month_at_8pm_across_summer_time_with_a_moved_and_a_cancelled_date() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        village.members("bob", "chloe");
        console.say("ana", "/evenement \"Réunion mensuelle\" --repete chaque premier mardi du mois à 20h --lieu La Vayssade");
        assertThat(console.lastReplyTo("ana")).contains("Événement n°1 « Réunion mensuelle » créé : mardi 5 mars 2024 à 20:00, La Vayssade");
        console.say("ana", "/evenement 1");
        assertThat(console.lastReplyTo("ana")).contains("Se répète : le premier mardi de chaque mois");

        console.say("chloe", "/participe 1 peut-être --date 2024-04-02");
        assertThat(console.lastReplyTo("chloe")).contains("peut-être à « Réunion mensuelle »", "mardi 2 avril 2024 à 20:00");
        console.say("ana", "/evenement deplacer 1 --date 2024-04-02 --le mercredi 3 avril 20h --lieu rue du Paradis");
        assertThat(console.lastReplyTo("ana")).contains("La date du mardi 2 avril 2024 de l’événement n°1 aura lieu mercredi 3 avril 2024 à 20:00",
                "rue du Paradis", "1 personne(s) prévenue(s)");
        assertThat(console.lastReplyTo("chloe")).contains("est déplacée : mercredi 3 avril 2024 à 20:00, rue du Paradis");
        console.say("ana", "/evenement annuler 1 \"travaux à La Vayssade\" --date 7 mai");
        assertThat(console.lastReplyTo("ana")).contains("La date du mardi 7 mai 2024 à 20:00 de l’événement n°1 est annulée");

        console.say("bob", "/participe 1 oui --date 2024-05-07");
        assertThat(console.lastReplyTo("bob")).contains("est annulé à cette date");
        console.say("bob", "/participe 1 oui --date 2024-05-08");
        assertThat(console.lastReplyTo("bob")).contains("n’a pas lieu le 2024-05-08");

        village.tresse.advance(Lalbenque.until(village.tresse.clock(), "2024-04-20T10:00"));
        console.say("bob", "/agenda");
        assertThat(console.lastReplyTo("bob")).contains("mardi 7 mai 2024 à 20:00", "ANNULÉ");
        village.tresse.advance(Duration.ofDays(30));
        console.say("bob", "/agenda");
        assertThat(console.lastReplyTo("bob")).contains("n°1 « Réunion mensuelle », mardi 4 juin 2024 à 20:00, La Vayssade");
    }

    @Test
    void a_month_with_five_tuesdays_has_its_last_tuesday_on_the_fifth() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        console.say("ana", "/evenement \"Soirée jeux\" --repete \"le dernier mardi de chaque mois à 20h30\" --public");
        assertThat(console.lastReplyTo("ana")).contains("créé : mardi 26 mars 2024 à 20:30");
        village.tresse.advance(Lalbenque.until(village.tresse.clock(), "2024-04-01T09:00"));
        console.say("ana", "/agenda");
        assertThat(console.lastReplyTo("ana")).contains("« Soirée jeux », mardi 30 avril 2024 à 20:30").doesNotContain("23 avril");
    }

    @Test
    void reminders_come_the_day_before_and_two_hours_before_and_once_after_a_restart_while_they_were_due() {
        Lalbenque first = Lalbenque.build(db.database());
        MemoryChannel console = first.tresse.channel("console");
        console.say("ana", "/moi");
        first.members("bob", "chloe", "dan");
        console.say("ana", "/evenement \"Réunion mensuelle\" --repete chaque premier mardi du mois à 20h --lieu La Vayssade");
        console.say("ana", "/odj ajouter 1 Budget de la fête de la musique");
        assertThat(console.lastReplyTo("ana")).contains("Point n°1 ajouté à l’ordre du jour de l’événement n°1");
        console.say("bob", "/participe 1 oui");
        console.say("chloe", "/participe 1 peut-être");
        console.say("dan", "/participe 1 non");
        assertThat(first.due(EventReminders.JOB)).isEqualTo(Instant.parse("2024-03-04T19:00:00Z"));

        first.tresse.advance(Lalbenque.until(first.tresse.clock(), "2024-03-04T20:00"));
        assertThat(console.lastReplyTo("bob")).contains("Rappel : « Réunion mensuelle » (événement n°1), mardi 5 mars 2024 à 20:00",
                "La Vayssade", "Ordre du jour :", "1. Budget de la fête de la musique", "/participe 1 non --date 2024-03-05");
        assertThat(console.lastReplyTo("chloe")).contains("Rappel");
        assertThat(console.repliesTo("dan")).noneMatch(text -> text.contains("Rappel"));
        assertThat(first.due(EventReminders.JOB)).isEqualTo(Instant.parse("2024-03-05T17:00:00Z"));

        // Tresse stops at 17:30 on the day; it starts again at 18:30, after the "two hours before" fell due
        MutableClock later = new MutableClock(Lalbenque.at("2024-03-05T18:30"));
        Lalbenque second = Lalbenque.build(db.database(), later, Lalbenque.BUTTONS);
        second.tresse.advance(Duration.ZERO);
        MemoryChannel afterRestart = second.tresse.channel("console");
        assertThat(afterRestart.repliesTo("bob")).filteredOn(text -> text.contains("Rappel")).hasSize(1)
                .first().asString().contains("mardi 5 mars 2024 à 20:00");
        second.tresse.advance(Duration.ofMinutes(30));
        assertThat(afterRestart.repliesTo("bob")).filteredOn(text -> text.contains("Rappel")).hasSize(1);
        // the next date is after the change to summer time: 20:00 in Lalbenque is 18:00 UTC, so the day before is 18:00 UTC
        assertThat(second.due(EventReminders.JOB)).isEqualTo(Instant.parse("2024-04-01T18:00:00Z"));
    }

    @Test
    void a_reminder_whose_date_began_while_tresse_was_stopped_is_not_sent() {
        Lalbenque first = Lalbenque.build(db.database());
        MemoryChannel console = first.tresse.channel("console");
        console.say("ana", "/moi");
        console.say("ana", "/evenement \"Atelier vélo\" --le \"mardi 5 mars 18h\" --public");
        console.say("ana", "/participe 1 oui");
        Lalbenque second = Lalbenque.build(db.database(), new MutableClock(Lalbenque.at("2024-03-05T18:30")), Lalbenque.BUTTONS);
        second.tresse.advance(Duration.ZERO);
        assertThat(second.tresse.channel("console").repliesTo("ana")).noneMatch(text -> text.contains("Rappel"));
        assertThat(second.count("select count(*) from scheduled_job where kind = 'event.remind' and done_at is null")).isZero();
        assertThat(List.of(second.count("select count(*) from event"))).containsExactly(1L);
    }
}
