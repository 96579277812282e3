package org.tresse.commands.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.export.ExportFormat;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceStatus;
import org.tresse.core.voice.Voices;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** Consultation answers are voices linked to their poll: coordinators triage them like any voice. */
@StoreTest
class ConsultationVoicesTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;
    MemoryChannel telegram;

    @BeforeEach
    void start() {
        tresse = WithCommands.tresse(db.database())
                .channels("console", "telegram")
                .build();
        console = tresse.channel("console");
        telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
    }

    @Test
    void an_answer_is_a_new_voice_linked_to_its_consultation_that_coordinators_triage_and_answer() {
        console.say("ana", "/sondage \"Que voudriez-vous à la ressourcerie ?\" --type consultation --public");
        telegram.say("4242", "/vote 1 Un atelier vélo le samedi");
        assertThat(telegram.lastReplyTo("4242")).contains("votre réponse au n°1 est enregistrée");

        Voice voice = voice(1);
        assertThat(voice.text()).isEqualTo("Un atelier vélo le samedi");
        assertThat(voice.pollId()).contains(1L);
        assertThat(voice.tags()).containsExactly("consultation");
        assertThat(voice.status()).isEqualTo(VoiceStatus.NEW);
        assertThat(voice.anonymous()).isFalse();
        assertThat(voice.personId()).isPresent();
        assertThat(count("select count(*) from consultation_answer where poll_id = 1 and person_id is not null")).isEqualTo(1);

        console.say("ana", "/avis-liste #consultation");
        assertThat(console.lastReplyTo("ana")).contains("n°1").contains("#consultation").contains("Un atelier vélo");
        console.say("ana", "/avis 1");
        assertThat(console.lastReplyTo("ana")).contains("Réponse à la consultation n°1 « Que voudriez-vous à la ressourcerie ? »")
                .contains("De : 4242 (telegram)").contains("/repondre 1");
        assertThat(voice(1).status()).isEqualTo(VoiceStatus.READ);
        console.say("ana", "/repondre 1 Bonne idée, on en parle jeudi.");
        assertThat(telegram.lastReplyTo("4242")).contains("votre avis n°1").contains("Bonne idée, on en parle jeudi.");
        assertThat(voice(1).status()).isEqualTo(VoiceStatus.ANSWERED);
    }

    @Test
    void answering_again_adds_a_new_voice_and_closes_the_earlier_one() {
        console.say("ana", "/sondage \"Quels horaires pour le café ?\" --type consultation --public");
        telegram.say("4242", "/vote 1 Le matin");
        console.say("bob", "/vote 1 Le soir");
        telegram.say("4242", "/vote 1 Finalement le dimanche après-midi");

        assertThat(voice(1).status()).isEqualTo(VoiceStatus.CLOSED);
        assertThat(voice(2).status()).isEqualTo(VoiceStatus.NEW);
        assertThat(voice(3).status()).isEqualTo(VoiceStatus.NEW);
        assertThat(voice(3).personId()).isEqualTo(voice(1).personId());
        console.say("ana", "/avis-liste #consultation");
        assertThat(console.lastReplyTo("ana")).contains("2 avis").contains("Le soir").contains("Finalement le dimanche")
                .doesNotContain("Le matin");
        console.say("ana", "/avis 3");
        assertThat(console.lastReplyTo("ana")).contains("Réponses précédentes de cette personne à la consultation (closes) : n° 1");
        console.say("ana", "/avis 2");
        assertThat(console.lastReplyTo("ana")).doesNotContain("Réponses précédentes");
        // the poll keeps every answer, as before
        assertThat(count("select count(*) from consultation_answer where poll_id = 1")).isEqualTo(3);
    }

    @Test
    void a_secret_consultation_answer_is_an_anonymous_voice_with_no_trace_of_its_sender() {
        telegram.say("4242", "/aide");
        console.say("ana", "/sondage \"Que pensez-vous du bureau ?\" --type consultation --public --secret");
        telegram.say("4242", "/vote 1 Il décide trop vite");
        assertThat(telegram.lastReplyTo("4242")).contains("enregistrée, sans votre nom");

        Voice voice = voice(1);
        assertThat(voice.anonymous()).isTrue();
        assertThat(voice.pollId()).contains(1L);
        assertThat(voice.tags()).containsExactly("consultation");
        assertThat(voice.personId()).isEmpty();
        assertThat(voice.source()).isEmpty();
        assertThat(voice.createdAt()).isEmpty();
        assertThat(count("select count(*) from consultation_answer where person_id is not null")).isZero();
        // the event is not in the inbound log, as for /avis --anonyme
        assertThat(count("select count(*) from inbound_log where event_id = 'telegram-2'")).isZero();
        assertThat(count("select count(*) from inbound_log where person_id is null")).isZero();
        // the receipt's outbox row is deleted as soon as it is delivered
        assertThat(count("select count(*) from outbox where correlation = '" + Outbox.EPHEMERAL + "'")).isZero();
        assertThat(telegram.lastReplyTo("4242")).contains("sans votre nom");

        console.say("ana", "/avis 1");
        assertThat(console.lastReplyTo("ana")).contains("Réponse à la consultation n°1").contains("Anonyme : aucune réponse possible")
                .doesNotContain("4242");
        console.say("ana", "/repondre 1 Qui êtes-vous ?");
        assertThat(console.lastReplyTo("ana")).contains("personne ne peut y répondre");
        tresse.advance(Duration.ofMinutes(20));
        assertThat(count("select count(*) from outbox where correlation = '" + Outbox.EPHEMERAL + "'")).isZero();
    }

    @Test
    void a_newcomer_answering_a_secret_consultation_first_is_forgotten() {
        console.say("ana", "/sondage \"Une idée pour le village ?\" --type consultation --public --secret");
        long persons = count("select count(*) from person");
        telegram.say("5555", "/vote 1 Un marché le mardi");
        assertThat(telegram.lastReplyTo("5555")).contains("sans votre nom");
        assertThat(count("select count(*) from person")).isEqualTo(persons);
        assertThat(count("select count(*) from identity where external_id = '5555'")).isZero();
        assertThat(voice(1).anonymous()).isTrue();
    }

    @Test
    void a_named_consultation_answer_cannot_become_anonymous_afterwards() {
        console.say("ana", "/sondage \"Que voudriez-vous ?\" --type consultation --public");
        telegram.say("4242", "/vote 1 Un potager");
        telegram.say("4242", "/avis 1 anonyme");
        assertThat(telegram.lastReplyTo("4242")).contains("réponse à la consultation n°1").contains("ne peut pas devenir anonyme");
        assertThat(voice(1).anonymous()).isFalse();
    }

    @Test
    void a_refused_answer_leaves_no_voice() {
        console.say("ana", "/sondage \"Réservé aux membres ?\" --type consultation");
        telegram.say("4242", "/vote 1 Je ne suis pas membre");
        assertThat(count("select count(*) from voice")).isZero();
        assertThat(count("select count(*) from consultation_answer")).isZero();
    }

    @Test
    void the_export_shows_the_consultation_of_each_voice() throws Exception {
        console.say("bob", "/avis Un avis ordinaire");
        console.say("ana", "/sondage \"Que voudriez-vous ?\" --type consultation --public");
        telegram.say("4242", "/vote 1 Un potager");
        assertThat(tresse.export("voix", ExportFormat.CSV)).contains("1,2024-03-02,nouveau,,non,bob,console,0,,Un avis ordinaire")
                .contains("2,2024-03-02,nouveau,#consultation,non,4242,telegram,0,1,Un potager");
        assertThat(tresse.export("voix", ExportFormat.MD)).contains("Réponse à la consultation n°1");
        JsonNode voices = new ObjectMapper().readTree(tresse.export("voix", ExportFormat.JSON)).path("voices");
        assertThat(voices.get(0).has("poll")).isFalse();
        assertThat(voices.get(1).path("poll").asLong()).isEqualTo(1);
    }

    private Voice voice(long id) {
        Voices voices = new Voices(tresse.clock(), TestTresse.VILLAGE);
        return db.database().inTransaction(handle -> voices.find(handle, id)).orElseThrow();
    }

    private long count(String sql) {
        return db.database().inTransaction(handle -> handle.count(sql));
    }
}
