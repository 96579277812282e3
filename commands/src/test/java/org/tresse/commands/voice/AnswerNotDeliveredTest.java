package org.tresse.commands.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.i18n.Language;
import org.tresse.core.markup.Block;
import org.tresse.core.markup.Inline;
import org.tresse.core.markup.Markup;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * A coordinator whose answer the channel refused reads why in their association's language, in
 * Tresse's words: never the service's own sentence, whatever it wrote.
 */
@StoreTest
class AnswerNotDeliveredTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private MemoryChannel console;
    private MemoryChannel telegram;

    private TestTresse village(Language language) {
        TestTresse tresse = WithCommands.tresse(db.database()).channels("console", "telegram").language(language).build();
        console = tresse.channel("console");
        telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        telegram.say("4242", "/avis Le banc est cassé");
        telegram.behave(outbound -> new DeliveryResult.Permanent(DeliveryFailure.of(Reason.FORBIDDEN, 403)));
        return tresse;
    }

    @Test
    void in_a_french_association_the_coordinator_reads_the_reason_in_french() {
        TestTresse tresse = village(Language.FR);
        console.say("ana", "/repondre 1 On le répare samedi.");

        tresse.advance(Duration.ofMinutes(2));

        List<String> told = console.repliesTo("ana").stream().filter(text -> text.contains("n’a pas pu être remise")).toList();
        assertThat(told).singleElement().asString()
                .contains("Votre réponse à l’avis n°1 n’a pas pu être remise à 4242 par telegram "
                        + "(le bot n’a pas le droit d’écrire là, peut-être retiré du groupe ou du salon, code 403)")
                .doesNotContain("forbidden").doesNotContain("Forbidden");
    }

    @Test
    void in_an_english_association_the_coordinator_reads_the_reason_in_english() {
        TestTresse tresse = village(Language.EN);
        console.say("ana", "/reply 1 We fix it on Saturday.");

        tresse.advance(Duration.ofMinutes(2));

        List<String> told = console.repliesTo("ana").stream().filter(text -> text.contains("could not be delivered")).toList();
        assertThat(told).singleElement().asString()
                .contains("Your answer to feedback no. 1 could not be delivered to 4242 by telegram "
                        + "(the bot may not write there, perhaps removed from the group or room, code 403)")
                .doesNotContain("n’a pas");
    }
    /** The address it could not reach is the sender's own spelling (an email, a Matrix id): quoted, never italics or a link. */
    @Test
    void the_address_not_reached_is_quoted_literally() {
        TestTresse tresse = WithCommands.tresse(db.database()).channels("console", "matrix").build();
        console = tresse.channel("console");
        MemoryChannel matrix = tresse.channel("matrix");
        console.say("ana", "/moi");
        matrix.say("@_x_[a](http://evil.example):evil.example", "/avis Le banc est cassé");
        matrix.behave(outbound -> new DeliveryResult.Permanent(DeliveryFailure.of(Reason.FORBIDDEN, 403)));
        console.say("ana", "/repondre 1 On le répare samedi.");

        tresse.advance(Duration.ofMinutes(2));

        Delivered told = console.delivered().stream().filter(message -> message.text().contains("n’a pas pu être remise")).findFirst()
                .orElseThrow();
        assertThat(told.text()).contains("remise à @_x_[a](http://evil.example):evil.example par matrix");
        List<Inline> formatted = new ArrayList<>();
        for (Block block : Markup.parse(told.content().text()).blocks()) {
            ((Block.Paragraph) block).content().stream()
                    .filter(inline -> inline instanceof Inline.Italic || inline instanceof Inline.Link).forEach(formatted::add);
        }
        assertThat(formatted).as(told.content().text()).isEmpty();
    }
}
