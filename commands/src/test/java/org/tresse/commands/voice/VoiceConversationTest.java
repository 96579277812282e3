package org.tresse.commands.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.groups.Group;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceStatus;
import org.tresse.core.voice.Voices;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class VoiceConversationTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;
    MemoryChannel telegram;

    @BeforeEach
    void start() {
        tresse = WithCommands.tresse(db.database())
                .channels("console", "telegram")
                .setup(core -> core.database().useTransaction(handle -> {
                    core.groups().define(handle, new Group("cafe", "Café associatif", true));
                    core.groups().attachRoom(handle, "telegram", "-100cafe", "cafe");
                }))
                .build();
        console = tresse.channel("console");
        telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
    }

    @Test
    void a_voice_with_tags_gets_its_number_and_how_to_tag_or_make_it_anonymous() {
        console.say("bob", "/avis Le café pourrait ouvrir le dimanche\nmême l’hiver #Café #horaires");
        assertThat(console.lastReplyTo("bob")).contains("avis n°1").contains("/avis 1 tag #café").contains("/avis 1 anonyme")
                .contains("personne ne pourra alors vous répondre");
        Voice voice = voice(1);
        assertThat(voice.text()).isEqualTo("Le café pourrait ouvrir le dimanche\nmême l’hiver");
        assertThat(voice.tags()).containsExactly("café", "horaires");
        assertThat(voice.status()).isEqualTo(VoiceStatus.NEW);
        assertThat(voice.anonymous()).isFalse();
        assertThat(voice.personId()).isPresent();
    }

    @Test
    void free_text_in_private_is_a_voice_but_is_ignored_in_a_group_room() {
        telegram.say("4242", "Merci pour la soirée d’hier !");
        assertThat(telegram.lastReplyTo("4242")).contains("avis n°1");
        assertThat(voice(1).text()).isEqualTo("Merci pour la soirée d’hier !");
        telegram.say("4242", "Bonjour !");
        assertThat(telegram.lastReplyTo("4242")).contains("Écrivez-moi votre avis").contains("/aide");
        telegram.sayIn("-100cafe", "4242", "on se voit samedi ?");
        assertThat(telegram.repliesTo("-100cafe")).isEmpty();
        assertThat(count("select count(*) from voice")).isEqualTo(1);
    }

    @Test
    void coordinators_list_read_tag_and_close_voices() {
        console.say("bob", "/avis Plus de vélos #mobilité");
        telegram.say("4242", "Des ateliers de réparation ?");
        console.say("ana", "/avis-liste");
        assertThat(console.lastReplyTo("ana")).contains("2 avis (non clos)").contains("n°1").contains("#mobilité")
                .contains("bob").contains("n°2").contains("Des ateliers");
        console.say("ana", "/avis 2");
        assertThat(console.lastReplyTo("ana")).contains("Avis n°2").contains("De : 4242 (telegram)").contains("/repondre 2");
        assertThat(voice(2).status()).isEqualTo(VoiceStatus.READ);
        console.say("ana", "/avis 2 tag #ressourcerie #café");
        assertThat(console.lastReplyTo("ana")).contains("#ressourcerie").contains("#café");
        console.say("ana", "/avis-liste #cafe");
        assertThat(console.lastReplyTo("ana")).contains("n°2").doesNotContain("n°1 ");
        console.say("ana", "/avis 2 statut clos");
        assertThat(voice(2).status()).isEqualTo(VoiceStatus.CLOSED);
        console.say("ana", "/avis-liste --statut clos");
        assertThat(console.lastReplyTo("ana")).contains("1 avis (clos)").contains("n°2");
        console.say("ana", "/avis-liste --statut bizarre");
        assertThat(console.lastReplyTo("ana")).contains("« bizarre » n’existe pas");
    }

    @Test
    void residents_cannot_triage_nor_read_others_voices_but_may_tag_their_own() {
        console.say("bob", "/avis Un banc devant la mairie");
        console.say("carla", "/avis 1");
        assertThat(console.lastReplyTo("carla")).contains("ne peut être lu que par la coordination");
        console.say("carla", "/avis 1 statut clos");
        assertThat(console.lastReplyTo("carla")).contains("Seule la coordination");
        console.say("carla", "/avis-liste");
        assertThat(console.lastReplyTo("carla")).contains("réservé");
        console.say("bob", "/avis 1 tag #mairie");
        assertThat(console.lastReplyTo("bob")).contains("#mairie");
        console.say("bob", "/avis 1");
        assertThat(console.lastReplyTo("bob")).contains("Un banc devant la mairie").doesNotContain("/repondre");
        assertThat(voice(1).status()).isEqualTo(VoiceStatus.NEW);
        console.say("carla", "/repondre 1 non");
        assertThat(console.lastReplyTo("carla")).contains("réservé");
    }

    @Test
    void an_answer_goes_back_through_the_channel_and_room_the_voice_came_from() {
        telegram.say("4242", "/langue en");
        telegram.say("4242", "/feedback The café needs more chairs");
        telegram.sayIn("-100cafe", "777", "/avis Il faudrait une poubelle de tri");
        assertThat(telegram.lastReplyTo("-100cafe")).contains("avis n°2");
        console.say("ana", "/repondre 1 On en commande dix.\nMerci !");
        assertThat(telegram.lastReplyTo("4242")).contains("coordinators' answer to your feedback no. 1")
                .contains("On en commande dix.\nMerci !");
        assertThat(console.lastReplyTo("ana")).contains("Réponse confiée au canal telegram pour 4242")
                .contains("je vous le dirai");
        assertThat(voice(1).status()).isEqualTo(VoiceStatus.ANSWERED);
        console.say("ana", "/repondre 2 C’est prévu.");
        Delivered inGroup = last(telegram, "-100cafe");
        assertThat(inGroup.text()).contains("votre avis n°2").contains("C’est prévu.");
        assertThat(inGroup.content().replyTo()).isNotNull();
        console.say("ana", "/avis 1");
        assertThat(console.lastReplyTo("ana")).contains("Réponse de ana").contains("On en commande dix.");
    }

    @Test
    void a_coordinator_learns_when_an_answer_could_not_be_delivered() {
        telegram.say("4242", "/avis Le banc est cassé");
        telegram.say("5151", "/avis Merci pour la fête");
        telegram.behave(outbound -> outbound.destination().conversationKey().endsWith("4242")
                ? new DeliveryResult.Permanent(DeliveryFailure.of(Reason.BLOCKED, 403)) : new DeliveryResult.Sent("t1"));
        console.say("ana", "/repondre 1 On le répare samedi.");
        console.say("ana", "/repondre 2 Avec plaisir !");
        assertThat(console.lastReplyTo("ana")).doesNotContain("n’a pas pu");

        tresse.advance(Duration.ofMinutes(2));

        List<String> told = console.repliesTo("ana").stream().filter(text -> text.contains("n’a pas pu être remise")).toList();
        assertThat(told).singleElement().asString().contains("avis n°1").contains("4242").contains("telegram")
                .contains("(la personne a bloqué le bot, code 403)");
        assertThat(telegram.lastReplyTo("5151")).contains("Avec plaisir !");
        tresse.advance(Duration.ofDays(2));
        assertThat(console.repliesTo("ana").stream()
                .filter(text -> text.contains("pas pu être remise") || text.contains("toujours pas remise"))).hasSize(1);
    }

    @Test
    void an_answer_still_waiting_after_a_day_is_reported_once() {
        telegram.say("4242", "/avis Le banc est cassé");
        telegram.behave(outbound -> new DeliveryResult.RetryAfter(Duration.ofDays(3)));
        console.say("ana", "/repondre 1 On le répare samedi.");

        tresse.advance(Duration.ofHours(3));
        assertThat(console.repliesTo("ana").stream().filter(text -> text.contains("toujours pas remise"))).isEmpty();
        for (int hour = 0; hour < 24; hour++) {
            tresse.advance(Duration.ofHours(1));
        }

        assertThat(console.repliesTo("ana").stream().filter(text -> text.contains("toujours pas remise")))
                .singleElement().asString().contains("avis n°1").contains("après un jour");
    }

    @Test
    void an_anonymous_voice_keeps_no_link_to_its_sender() {
        telegram.say("4242", "/aide");
        telegram.say("4242", "/avis Le bureau ne m’écoute jamais #bureau --anonyme");
        assertThat(telegram.lastReplyTo("4242")).contains("anonyme").contains("personne ne pourra vous répondre")
                .doesNotContain("n°");
        Voice voice = voice(1);
        assertThat(voice.anonymous()).isTrue();
        assertThat(voice.text()).isEqualTo("Le bureau ne m’écoute jamais");
        assertThat(voice.tags()).containsExactly("bureau");
        assertThat(voice.personId()).isEmpty();
        assertThat(voice.source()).isEmpty();
        assertThat(voice.createdAt()).isEmpty();
        assertThat(count("select count(*) from voice where person_id is not null or channel is not null or room is not null "
                + "or sender is not null or event_id is not null or created_at is not null")).isZero();
        // the event is not in the inbound log at all: never written with its sender, not even its place
        assertThat(count("select count(*) from inbound_log where person_id is null")).isZero();
        assertThat(count("select count(*) from inbound_log where event_id = 'telegram-2'")).isZero();
        assertThat(count("select count(*) from inbound_log where event_id = 'telegram-1' and person_id is not null")).isEqualTo(1);
        console.say("ana", "/repondre 1 Qui êtes-vous ?");
        assertThat(console.lastReplyTo("ana")).contains("anonyme : personne ne peut y répondre");
        console.say("ana", "/avis 1");
        assertThat(console.lastReplyTo("ana")).contains("Anonyme : aucune réponse possible").doesNotContain("4242");
    }

    /**
     * Whatever spelling the command's parser reads as {@code --anonyme} (a value joined by {@code =},
     * an accent, capitals, a phone's long dash, the English word) makes the voice anonymous and is
     * taken out of its text: before, the parser took {@code --anonymous=yes} as the flag while the
     * voice's own reading did not, and the voice was kept with its author's name.
     */
    @ParameterizedTest
    @ValueSource(strings = {"--anonymous=yes", "--anonyme=oui", "--Anonymé", "—ANONYME", "--anonymous="})
    void every_spelling_the_parser_reads_as_anonymous_makes_the_voice_anonymous(String flag) {
        telegram.say("4242", "/aide");
        telegram.say("4242", "/avis Le bureau ne m’écoute jamais " + flag + " #bureau");
        assertThat(telegram.lastReplyTo("4242")).contains("sans aucun lien avec vous").doesNotContain("n°");
        Voice voice = voice(1);
        assertThat(voice.anonymous()).isTrue();
        assertThat(voice.personId()).isEmpty();
        assertThat(voice.text()).isEqualTo("Le bureau ne m’écoute jamais");
        assertThat(voice.tags()).containsExactly("bureau");
    }

    @Test
    void a_newcomer_whose_first_message_is_anonymous_is_forgotten() {
        long persons = count("select count(*) from person");
        telegram.say("5555", "Les horaires ne conviennent pas aux familles --anonyme");
        assertThat(telegram.lastReplyTo("5555")).contains("sans aucun lien avec vous");
        assertThat(count("select count(*) from person")).isEqualTo(persons);
        assertThat(count("select count(*) from identity where external_id = '5555'")).isZero();
        assertThat(voice(1).anonymous()).isTrue();
    }

    @Test
    void anonymous_is_refused_in_a_group_room_and_nothing_is_stored() {
        telegram.sayIn("-100cafe", "4242", "/avis Secret --anonyme");
        assertThat(telegram.lastReplyTo("-100cafe")).contains("écrivez-moi en privé");
        assertThat(count("select count(*) from voice")).isZero();
        telegram.sayIn("-100cafe", "4242", "/avis Pas si secret");
        telegram.say("4242", "/avis 1 anonyme");
        assertThat(telegram.lastReplyTo("4242")).contains("salon de groupe").contains("ne peut pas devenir anonyme");
        assertThat(voice(1).anonymous()).isFalse();
    }

    @Test
    void the_author_may_make_a_fresh_voice_anonymous_which_scrubs_every_trace() {
        telegram.say("4242", "/moi");
        telegram.say("4242", "Le marché devrait être le samedi");
        console.say("bob", "/avis 1 anonyme");
        assertThat(console.lastReplyTo("bob")).contains("n’est pas le vôtre");
        telegram.say("4242", "/avis 1 anonyme");
        assertThat(telegram.lastReplyTo("4242")).contains("désormais anonyme").doesNotContain("n°");
        Voice voice = voice(1);
        assertThat(voice.anonymous()).isTrue();
        assertThat(voice.personId()).isEmpty();
        assertThat(voice.source()).isEmpty();
        assertThat(voice.createdAt()).isEmpty();
        assertThat(count("select count(*) from outbox where correlation = 'voice:1'")).isZero();
        assertThat(count("select count(*) from outbox where room = '4242' and content like '%n°1%'")).isZero();
        assertThat(count("select count(*) from inbound_log where event_id = 'telegram-2'")).isZero();
        assertThat(count("select count(*) from person p where exists (select 1 from inbound_log i where i.person_id = p.id "
                + "and i.received_at = timestamp with time zone '2024-03-02 09:00:00+00' and i.event_id like 'telegram-%') "
                + "and p.display_name = '4242'")).isEqualTo(1);
        telegram.say("4242", "/avis 1 anonyme");
        assertThat(telegram.lastReplyTo("4242")).contains("déjà anonyme");
    }

    @Test
    void a_voice_can_no_longer_become_anonymous_once_read_or_after_the_window() {
        telegram.say("4242", "Premier avis");
        console.say("ana", "/avis 1");
        telegram.say("4242", "/avis 1 anonyme");
        assertThat(telegram.lastReplyTo("4242")).contains("ne peut plus devenir anonyme");
        telegram.say("4242", "Second avis");
        tresse.clock().advance(Voices.ANONYMIZE_WINDOW.plusMinutes(1));
        telegram.say("4242", "/avis 2 anonyme");
        assertThat(telegram.lastReplyTo("4242")).contains("ne peut plus devenir anonyme");
        assertThat(voice(2).anonymous()).isFalse();
    }

    @Test
    void a_voice_over_the_length_limit_is_refused_and_nothing_is_stored() {
        console.say("bob", "/avis " + "a".repeat(Voices.MAX_LENGTH + 1));
        assertThat(console.lastReplyTo("bob")).contains("trop long").contains("4001").contains("Rien n’a été enregistré");
        telegram.say("4242", "b".repeat(Voices.MAX_LENGTH + 5));
        assertThat(telegram.lastReplyTo("4242")).contains("trop long");
        console.say("bob", "/avis");
        assertThat(console.lastReplyTo("bob")).contains("/avis VOTRE TEXTE").contains("--anonyme")
                .contains("personne ne pourra alors vous répondre");
        assertThat(count("select count(*) from voice")).isZero();
    }

    @Test
    void identity_linking_moves_voices_to_the_merged_person() {
        telegram.say("4242", "Mon avis depuis Telegram");
        console.say("bob", "/lier");
        String code = console.lastReplyTo("bob").replaceAll("(?s).*code de liaison : ([A-Z0-9]{6}).*", "$1");
        telegram.say("4242", "/lier " + code);
        telegram.say("4242", "/lier " + code + " oui");
        telegram.say("4242", "/avis 1 tag #lien");
        assertThat(telegram.lastReplyTo("4242")).contains("#lien");
        assertThat(count("select count(*) from voice v join identity i on i.person_id = v.person_id "
                + "where i.external_id = 'bob'")).isEqualTo(1);
    }

    private Voice voice(long id) {
        Voices voices = new Voices(tresse.clock(), TestTresse.VILLAGE);
        return db.database().inTransaction(handle -> voices.find(handle, id)).orElseThrow();
    }

    private long count(String sql) {
        return db.database().inTransaction(handle -> handle.count(sql));
    }

    private static Delivered last(MemoryChannel channel, String to) {
        List<Delivered> all = channel.delivered().stream().filter(message -> message.to().equals(to)).toList();
        return all.get(all.size() - 1);
    }
}
