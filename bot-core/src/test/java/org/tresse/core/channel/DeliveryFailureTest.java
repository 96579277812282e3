package org.tresse.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;

class DeliveryFailureTest {
    private final I18n i18n = new I18n(Language.FR, List.of(DeliveryFailure.BUNDLE));
    private final Texts french = i18n.texts(Language.FR);
    private final Texts english = i18n.texts(Language.EN);

    @Test
    void a_reason_is_stored_as_its_code_figure_and_attempts_and_read_back() {
        DeliveryFailure failure = DeliveryFailure.of(Reason.UNAVAILABLE, 503).afterAttempts(5);
        assertThat(failure.stored()).isEqualTo("unavailable:503@5");
        assertThat(DeliveryFailure.parse("unavailable:503@5")).contains(failure);
        assertThat(DeliveryFailure.of(Reason.TOO_MANY_ANSWERS, 10).stored()).isEqualTo("too-many-answers:10");
        assertThat(DeliveryFailure.parse("too-many-answers:10")).contains(DeliveryFailure.of(Reason.TOO_MANY_ANSWERS, 10));
        for (Reason reason : Reason.values()) {
            assertThat(DeliveryFailure.parse(DeliveryFailure.of(reason).stored())).contains(DeliveryFailure.of(reason));
        }
    }

    @Test
    void the_cancelled_rows_written_before_keep_their_meaning() {
        assertThat(DeliveryFailure.of(Reason.CANCELLED).stored()).isEqualTo("cancelled");
        assertThat(DeliveryFailure.describeStored(french, "cancelled")).isEqualTo("envoi annulé");
    }

    @Test
    void a_reason_is_said_in_the_readers_language_with_its_code_and_attempts() {
        assertThat(DeliveryFailure.describeStored(french, "blocked:403")).isEqualTo("la personne a bloqué le bot, code 403");
        assertThat(DeliveryFailure.describeStored(english, "blocked:403")).isEqualTo("the person blocked the bot, code 403");
        assertThat(DeliveryFailure.describeStored(french, "network@4")).isEqualTo("le service était injoignable, après 4 essais");
        assertThat(DeliveryFailure.describeStored(english, "too-many-answers:10"))
                .isEqualTo("over 10 automatic answers to this address within an hour, so as not to answer a robot in a loop");
        assertThat(DeliveryFailure.describeStored(french, null)).isEqualTo("raison inconnue");
    }

    @Test
    void a_sentence_stored_by_an_older_tresse_is_quoted_literally_and_said_to_be_old() {
        String old = "Telegram refused the message: HTTP 400: Bad Request: see [this](http://evil.example)";
        String french = DeliveryFailure.describeStored(this.french, old);
        assertThat(french).startsWith("raison notée par une version précédente, telle quelle : « ")
                .contains("\\[this\\]").doesNotContain("[this](");
        // an unknown word, or a known one followed by anything else, is old text too
        assertThat(DeliveryFailure.parse("rate limited")).isEmpty();
        assertThat(DeliveryFailure.parse("blocked: by the user")).isEmpty();
        assertThat(DeliveryFailure.parse("sending")).isEmpty();
    }
}
