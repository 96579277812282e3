package org.tresse.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.event.Lalbenque;
import org.tresse.core.markup.Block;
import org.tresse.core.markup.Inline;
import org.tresse.core.markup.Markup;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * A refusal quotes what the person typed as those very characters, whichever part of Tresse refused
 * (the poll's checks, the readers of dates, grades and availabilities, the events', agendas' and
 * meetings' services): never a link, bold or italics. And what Tresse had already quoted (a list of
 * options, a mistyped command, a usage) is not quoted twice: no backslash shows.
 */
@StoreTest
class RefusalQuotesTypedTextTest {
    private static final String LINK = "[demain](http://evil.example)";

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

    @Test
    void a_question_and_options_the_poll_checks_refuse() {
        assertRefusalQuotes("bob", "/sondage \"** __ **\" oui non", "« ** __ ** » ne pose aucune question");
        assertRefusalQuotes("bob", "/sondage \"Quel jour ?\" \"*lundi*\" \"*Lundi*\"", "L’option « *Lundi* » est écrite deux fois");
        assertRefusalQuotes("bob", "/sondage \"Quel jour ?\" \"_-_\" mardi", "« _-_ »");
    }

    @Test
    void a_date_option_a_grade_and_an_availability_the_readers_refuse() {
        assertRefusalQuotes("bob", "/sondage \"Quand ?\" \"" + LINK + " 20h\" \"mardi 12 mars 20h\" --type dates", "« " + LINK + " 20h »");
        console.say("bob", "/sondage \"Quand ?\" \"mardi 12 mars 20h\" \"jeudi 14 mars 20h\" --type dates");
        assertRefusalQuotes("bob", "/vote 1 1=*jamais*", "« *jamais* » n’est pas une réponse");
        console.say("bob", "/sondage \"Notez\" \"*A*\" B --type jugement");
        assertRefusalQuotes("bob", "/vote 2 1=" + LINK, "La mention « " + LINK + " » n’existe pas");
        assertRefusalQuotes("bob", "/vote 2 1=bien 1=bien", "Vous nommez « *A* » deux fois");
        assertRefusalQuotes("bob", "/vote _2_ pour", "« _2_ » n’est pas un numéro de sondage");
    }

    @Test
    void a_day_a_place_and_a_partner_the_events_refuse() {
        assertRefusalQuotes("bob", "/evenement \"Troc\" --le \"" + LINK + " 20h\" --lieu la vayssade", "« " + LINK + " 20h »");
        assertRefusalQuotes("bob", "/evenement \"Troc\" --le samedi 18h --lieu \"*Salle* _des_ fêtes\"",
                "Je ne connais pas le lieu « *Salle* _des_ fêtes »");
        assertRefusalQuotes("bob", "/participe *3* oui", "« *3* » n’est pas un numéro d’événement");
        MemoryChannel telegram = village.tresse.channel("telegram");
        telegram.say("900", "/evenement proposer \"Loto\" --le vendredi 15 mars 20h --partenaire \"" + LINK + "\"");
        assertLiteral(lastTo(telegram, "900"), "« " + LINK + " »");
    }

    @Test
    void an_event_title_in_a_refusal_about_the_agenda_and_the_meeting() {
        console.say("bob", "/evenement \"**Fête** _du_ village\" --le samedi 18h --lieu la vayssade");
        assertThat(console.lastReplyTo("bob")).contains("Événement n°1");
        console.say("bob", "/evenement annuler 1 \"pluie\"");
        assertRefusalQuotes("bob", "/odj ajouter 1 Budget", "« **Fête** _du_ village »");
        assertRefusalQuotes("ana", "/reunion ouvrir 1", "« **Fête** _du_ village »");
        assertRefusalQuotes("ana", "/reunion cr _1_", "« _1_ » n’est pas un numéro de réunion");
    }

    @Test
    void what_tresse_had_already_quoted_is_not_quoted_twice() {
        console.say("bob", "/sondage \"Quel jour ?\" \"*lundi*\" \"_mardi_\"");
        assertRefusalQuotes("bob", "/vote 1 mercredi", "1. *lundi*, 2. _mardi_");
        assertRefusalQuotes("bob", "/*gras*", "Je ne connais pas la commande /*gras*");
        assertRefusalQuotes("bob", "/sondagee \"Quel jour ?\"", "Vouliez-vous dire /sondage");
        console.say("bob", "/resultats");
        assertThat(console.lastReplyTo("bob")).contains("/resultats N [--detail]").doesNotContain("\\");
        console.say("bob", "/sondage \"Q ?\" a b --groupe cafe --groupe=bureau");
        assertThat(console.lastReplyTo("bob")).contains("--groupe").doesNotContain("\\");
    }

    /** {@code user} types {@code line}; the refusal shows {@code quoted} as typed, with no formatting and no backslash. */
    private void assertRefusalQuotes(String user, String line, String quoted) {
        console.say(user, line);
        assertLiteral(lastTo(console, user), quoted);
    }

    private static void assertLiteral(Delivered refusal, String quoted) {
        assertThat(refusal.text()).contains(quoted).doesNotContain("\\");
        List<Inline> formatted = new ArrayList<>();
        for (Block block : Markup.parse(refusal.content().text()).blocks()) {
            List<List<Inline>> lines = block instanceof Block.Paragraph paragraph ? List.of(paragraph.content())
                    : ((Block.ListBlock) block).items();
            lines.forEach(inlines -> inlines.stream()
                    .filter(inline -> inline instanceof Inline.Bold || inline instanceof Inline.Italic || inline instanceof Inline.Link)
                    .forEach(formatted::add));
        }
        assertThat(formatted).as("formatting in " + refusal.content().text()).isEmpty();
    }

    private static Delivered lastTo(MemoryChannel channel, String to) {
        List<Delivered> sent = channel.delivered().stream().filter(message -> message.to().equals(to)).toList();
        assertThat(sent).as("messages to " + to).isNotEmpty();
        return sent.get(sent.size() - 1);
    }
}
