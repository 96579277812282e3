package org.tresse.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.event.Lalbenque;
import org.tresse.core.markup.Block;
import org.tresse.core.markup.Document;
import org.tresse.core.markup.Inline;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * What a user wrote, quoted in a message Tresse sends, is those very characters: never a link, bold,
 * italics or a list in any channel. Only the bundles' templates and a coordinator's announcement are
 * markup (the connectors' tests and the app's show the same on the wire).
 */
@StoreTest
class UserTextIsLiteralTest {
    private static final String LINK = "[cliquez ici](http://evil.example)";
    private static final String STARS = "*urgent* _vite_ **gratuit**";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void a_residents_voice_in_the_coordinators_notice_and_in_the_answer_quoting_it() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        village.grant(new Identity("console", "ana"), Role.COORDINATOR);
        console.say("bob", "/avis Le café ferme : " + LINK + " " + STARS + " #_promo_");

        village.tresse.advance(Duration.ofMinutes(11));
        Delivered notice = lastTo(console, "ana");
        assertThat(notice.text()).startsWith("Nouveaux avis").contains(LINK, STARS, "#_promo_");
        assertNoFormatting(notice, "Le café ferme");

        console.say("ana", "/avis 1");
        assertThat(console.lastReplyTo("ana")).contains("Le café ferme : " + LINK + " " + STARS);
        assertNoFormatting(lastTo(console, "ana"), "Le café ferme");
        console.say("ana", "/repondre 1 Merci, **on regarde** !");
        Delivered answer = lastTo(console, "bob");
        assertThat(answer.text()).contains("« Le café ferme : " + LINK + " " + STARS, "Merci, on regarde !");
        assertThat(links(answer)).isEmpty();
    }

    @Test
    void a_partners_proposal_in_the_coordinators_notice() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        MemoryChannel telegram = village.tresse.channel("telegram");
        console.say("ana", "/moi");
        telegram.say("900", "/evenement proposer \"Loto " + LINK + "\" --le vendredi 15 mars 20h --lieu \"_Salle_\" --description \""
                + STARS + "\n- pas une liste\"");

        Delivered notice = lastTo(console, "ana");
        assertThat(notice.text()).contains("n°1 « Loto " + LINK + " »", "_Salle_", STARS, "\n- pas une liste");
        assertNoFormatting(notice, "Loto");
        console.say("ana", "/evenement propositions");
        assertThat(console.lastReplyTo("ana")).contains("n°1 « Loto " + LINK + " »");
    }

    @Test
    void a_members_poll_question_and_options_and_an_unknown_command_typed_in_a_group() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        village.members("bob");
        console.say("bob", "/sondage \"Quel jour ? " + LINK + "\" \"*lundi*\" _mardi_");
        assertThat(console.lastReplyTo("bob")).contains("« Quel jour ? " + LINK + " »");
        console.say("bob", "/resultats 1");
        Delivered presented = lastTo(console, "bob");
        assertThat(presented.text()).contains("Quel jour ? " + LINK, "*lundi*", "_mardi_");
        assertNoFormatting(presented, "Quel jour");
        console.say("bob", "/sondage \"Autre ?\" oui non --jusqua \"" + LINK + "\"");
        assertThat(console.lastReplyTo("bob")).contains(LINK);
        assertThat(links(lastTo(console, "bob"))).isEmpty();
        console.say("bob", "/vote 1 " + LINK);
        assertThat(console.lastReplyTo("bob")).contains(LINK, "*lundi*");
        assertThat(links(lastTo(console, "bob"))).isEmpty();

        MemoryChannel telegram = village.tresse.channel("telegram");
        telegram.sayIn("cafe-room", "777", "/[clic](http://evil.example)");
        assertThat(telegram.lastReplyTo("cafe-room")).contains("/[clic](http://evil.example)");
        assertThat(links(lastTo(telegram, "cafe-room"))).isEmpty();
    }

    @Test
    void a_members_reason_for_cancelling_their_event_in_the_notice_to_those_who_answered() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        village.members("bob", "chloe");
        console.say("bob", "/evenement \"Troc de graines\" --le samedi 18h --lieu la vayssade");
        assertThat(console.lastReplyTo("bob")).contains("Événement n°1 « Troc de graines » créé");
        console.say("chloe", "/participe 1 oui");
        assertThat(console.lastReplyTo("chloe")).contains("vous venez");

        console.say("bob", "/evenement annuler 1 \"déplacé, " + LINK + " " + STARS + "\"");
        Delivered notice = lastTo(console, "chloe");
        assertThat(notice.text()).contains("est annulé", "déplacé, " + LINK + " " + STARS);
        assertNoFormatting(notice, "déplacé");
    }

    @Test
    void an_account_name_in_the_persons_card() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        console.say("_promo_", "/moi");
        Delivered card = lastTo(console, "_promo_");
        assertThat(card.text()).contains("console:_promo_");
        assertNoFormatting(card, "promo");
    }

    @Test
    void a_members_agenda_item_and_a_note_in_the_minutes_sent_to_the_channels() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        village.members("bob");
        console.say("ana", "/evenement \"Réunion mensuelle\" --repete chaque premier mardi du mois à 20h --lieu La Vayssade");
        console.say("bob", "/odj ajouter 1 Pétition " + LINK + " " + STARS);
        assertThat(console.lastReplyTo("bob")).contains("Point n°1 ajouté");
        village.tresse.advance(Lalbenque.until(village.tresse.clock(), "2024-03-05T19:45"));
        console.say("ana", "/reunion ouvrir 1");
        assertThat(console.lastReplyTo("ana")).contains("Réunion n°1 ouverte");
        console.say("bob", "/sondage \"Quel jour ?\" \"" + LINK + "\" _mardi_");
        console.say("ana", "/reunion presents 3");
        console.say("ana", "/salle 1 1=2 2=1");
        assertThat(console.lastReplyTo("ana")).contains(LINK + " 2", "_mardi_ 1");
        assertThat(links(lastTo(console, "ana"))).isEmpty();
        console.say("ana", "/reunion note \"Le devis : " + LINK + "\"");
        console.say("ana", "/reunion clore");

        Delivered minutes = lastTo(console, "ana");
        assertThat(minutes.text()).contains("Pétition " + LINK + " " + STARS, "Le devis : " + LINK);
        // the minutes' sections are lists on purpose: what must not be is a link, or the words typed in bold or italics
        assertThat(links(minutes)).isEmpty();
        List<Inline> formatted = new ArrayList<>();
        for (Block block : Markup.parse(minutes.content().text()).blocks()) {
            if (block instanceof Block.ListBlock list) {
                list.items().forEach(item -> collectFormatted(item, formatted));
            }
        }
        assertThat(formatted).isEmpty();
    }

    @Test
    void a_word_a_command_could_not_read_quoted_back_in_a_group() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        MemoryChannel telegram = village.tresse.channel("telegram");
        telegram.sayIn("cafe-room", "777", "/langue [clic](http://evil.example)");
        assertThat(telegram.lastReplyTo("cafe-room")).contains("[clic](http://evil.example)");
        assertThat(links(lastTo(telegram, "cafe-room"))).isEmpty();
        telegram.sayIn("cafe-room", "777", "/aide **gratuit**");
        assertThat(telegram.lastReplyTo("cafe-room")).contains("**gratuit**");
    }

    @Test
    void a_coordinators_announcement_stays_markup_on_purpose() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        console.say("ana", "/annonce \"**AG** samedi, [ordre du jour](https://tresse.example/ag)\" --tous");
        assertThat(console.lastReplyTo("ana")).contains("AG samedi, ordre du jour (https://tresse.example/ag)").doesNotContain("**");
    }

    private static Delivered lastTo(MemoryChannel channel, String to) {
        List<Delivered> sent = channel.delivered().stream().filter(message -> message.to().equals(to)).toList();
        assertThat(sent).as("messages to " + to).isNotEmpty();
        return sent.get(sent.size() - 1);
    }

    /** The message as a channel parses it: no link, and the user's words in no bold or italics. */
    private static void assertNoFormatting(Delivered message, String usersWords) {
        assertThat(links(message)).isEmpty();
        Document document = Markup.parse(message.content().text());
        List<Inline> formatted = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Paragraph paragraph) {
                collectFormatted(paragraph.content(), formatted);
            } else if (block instanceof Block.ListBlock list) {
                list.items().forEach(item -> collectFormatted(item, formatted));
                assertThat(list.items().toString()).doesNotContain(usersWords);
            }
        }
        assertThat(formatted.toString()).doesNotContain(usersWords).doesNotContain("urgent").doesNotContain("vite")
                .doesNotContain("gratuit").doesNotContain("promo");
    }

    private static void collectFormatted(List<Inline> inlines, List<Inline> formatted) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Bold || inline instanceof Inline.Italic || inline instanceof Inline.Link) {
                formatted.add(inline);
            }
        }
    }

    private static List<Inline.Link> links(Delivered message) {
        List<Inline.Link> found = new ArrayList<>();
        for (Block block : Markup.parse(message.content().text()).blocks()) {
            List<List<Inline>> lines = block instanceof Block.Paragraph paragraph ? List.of(paragraph.content())
                    : ((Block.ListBlock) block).items();
            lines.forEach(line -> line.stream().filter(Inline.Link.class::isInstance).map(Inline.Link.class::cast).forEach(found::add));
        }
        return found;
    }
}
