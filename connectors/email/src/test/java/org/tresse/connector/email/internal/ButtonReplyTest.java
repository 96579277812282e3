package org.tresse.connector.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reply to a button's address presses it when it says nothing or yes, in French or English. */
class ButtonReplyTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\n", "Oui", "oui !", "OK.", "D’accord", "Je confirme", "C'est moi",
            "Oui, c'est bien moi", "yes", "Yes!", "It’s me", "I confirm", "Oui\nFrank"})
    void pressesOnNothingOrYes(String reply) {
        assertThat(ButtonReply.presses(ReplyText.clean(reply))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Non", "Non, ce n'est pas moi, ne faites rien !", "no", "ne faites rien", "oui mais non",
            "Pas moi", "C'est quoi ?", "stop", "non merci", "Qui êtes-vous ?"})
    void pressesNothingOnAnythingElse(String reply) {
        assertThat(ButtonReply.presses(ReplyText.clean(reply))).isFalse();
    }
}
