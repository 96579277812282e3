package org.tresse.commands.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** Bad input gets a clear answer, in the person's language, saying how to write it — and changes nothing. */
@StoreTest
class EventBadInputTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private Lalbenque village;
    private MemoryChannel console;

    @BeforeEach
    void village() {
        village = Lalbenque.build(db.database());
        console = village.tresse.channel("console");
        console.say("ana", "/moi");
        village.members("bob");
    }

    private String answer(String line) {
        console.say("ana", line);
        return console.lastReplyTo("ana");
    }

    @Test
    void dates_in_the_past_or_that_do_not_exist_and_events_ending_before_they_start() {
        assertThat(answer("/evenement \"AG\" --le 2024-03-01 20h")).contains("« 2024-03-01 20h » est déjà passée");
        assertThat(answer("/evenement \"AG\" --le 31 février 20h")).contains("« 31 février 20h » : ce jour n’existe pas, ce mois-là n’a que 29 jours en 2024");
        assertThat(answer("/evenement \"AG\" --le lundi 5 mars 20h")).contains("n’est pas un lundi");
        assertThat(answer("/evenement \"AG\" --le samedi 20h --fin 19h")).contains("L’événement finirait avant de commencer");
        assertThat(answer("/evenement \"AG\" --le samedi 20h --duree deux heures")).contains("« deux heures » n’est pas une durée", "--duree 1h30");
        assertThat(answer("/evenement \"AG\" --le samedi")).contains("Il manque l’heure dans « samedi »");
        assertThat(answer("/evenement \"AG\"")).contains("Quand ? Donnez le jour et l’heure avec --le");
        assertThat(village.count("select count(*) from event")).isZero();
    }

    @Test
    void an_unknown_place_a_repetition_not_understood_and_other_slips() {
        assertThat(answer("/evenement \"AG\" --le samedi 20h --lieu Vayssade")).contains("Je ne connais pas le lieu « Vayssade »",
                "Vouliez-vous dire « La Vayssade » ?", "rue du Paradis");
        assertThat(answer("/evenement \"AG\" --le samedi 20h --lieu Vaysade")).contains("Vouliez-vous dire « La Vayssade » ?");
        assertThat(answer("/evenement \"AG\" --le samedi 20h --lieu \"rue du paradi\"")).contains("Vouliez-vous dire « rue du Paradis » ?");
        assertThat(answer("/evenement \"AG\" --le samedi 20h --lieu \"Salle des fêtes\"")).contains("Lieux connus : La Vayssade, rue du Paradis")
                .doesNotContain("Vouliez-vous");
        assertThat(answer("/evenement \"AG\" --repete de temps en temps à 20h")).contains("Je ne comprends pas la répétition",
                "« chaque premier mardi du mois à 20h »", "« toutes les deux semaines »");
        assertThat(answer("/evenement \"AG\" --repete chaque premier mardi du mois")).contains("À quelle heure ?");
        assertThat(answer("/evenement AG de printemps --le samedi 20h")).contains("Mettez le titre entre guillemets");
        assertThat(answer("/evenement \"AG\" --le samedi 20h --lieu La Vayssade --places 50")).contains("La Vayssade n’a que 40 places");
        assertThat(answer("/evenement \"AG\" --le samedi 20h --places trente")).contains("« trente » n’est pas un nombre de places");
        assertThat(answer("/evenement 42")).contains("Il n’y a pas d’événement n°42");
        assertThat(answer("/evenement \"AG\" --le samedi 20h --lieux Vayssade")).contains("--lieux");
        assertThat(village.count("select count(*) from event")).isZero();
    }

    @Test
    void answers_to_cancelled_or_unknown_events_and_what_residents_may_not_do() {
        answer("/evenement \"Bureau\" --le samedi 20h");
        console.say("bob", "/participe 1 bof");
        assertThat(console.lastReplyTo("bob")).contains("« bof » n’est pas une réponse", "/participe 1 peut-être");
        answer("/evenement annuler 1");
        console.say("bob", "/participe 1 oui");
        assertThat(console.lastReplyTo("bob")).contains("L’événement n°1 « Bureau » est annulé");
        console.say("zoe", "/evenement \"Ma fête\" --le samedi 20h");
        assertThat(console.lastReplyTo("zoe")).contains("Seul·es les adhérent·es créent des événements");
        console.say("zoe", "/evenement modifier 1 --le dimanche 20h");
        assertThat(console.lastReplyTo("zoe")).contains("Seul·e l’auteur·rice de l’événement n°1 ou la coordination").doesNotContain("changé");
        answer("/evenement \"Apéro\" --le samedi 18h");
        console.say("bob", "/participe 2 oui");
        assertThat(console.lastReplyTo("bob")).contains("vous venez");
        console.say("zoe", "/participe 2 oui");
        assertThat(console.lastReplyTo("zoe")).contains("réservé aux adhérent·es");
        console.say("bob", "/evenement modifier 2 --le dimanche 18h");
        assertThat(console.lastReplyTo("bob")).contains("Seul·e l’auteur·rice de l’événement n°2 ou la coordination");
        console.say("zoe", "/evenement proposer \"Loto\" --le samedi 20h");
        assertThat(console.lastReplyTo("zoe")).contains("Seule une association partenaire propose des événements", "comite-fetes");
        assertThat(village.count("select count(*) from event")).isEqualTo(2);
    }

    @Test
    void in_english_too() {
        village.tresse.channel("telegram").say("66", "/langue en");
        village.grant(new org.tresse.core.message.Identity("telegram", "66"), org.tresse.core.people.Role.MEMBER);
        MemoryChannel telegram = village.tresse.channel("telegram");
        telegram.say("66", "/event \"Spring meeting\" --le 31 february 8pm");
        assertThat(telegram.lastReplyTo("66")).contains("that day does not exist, the month has only 29 days in 2024");
        telegram.say("66", "/event \"Spring meeting\" --repete now and then at 8pm");
        assertThat(telegram.lastReplyTo("66")).contains("I don’t understand the repetition", "every first tuesday of the month at 8pm");
        telegram.say("66", "/event \"Spring meeting\" --repete every first tuesday of the month at 8pm --lieu \"La Vayssade\"");
        assertThat(telegram.lastReplyTo("66")).contains("Event no. 1 “Spring meeting” created: Tuesday 5 March 2024 at 20:00");
    }
}
