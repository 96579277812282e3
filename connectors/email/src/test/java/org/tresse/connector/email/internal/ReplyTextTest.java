package org.tresse.connector.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTextTest {

    @Test
    void quoted_lines_and_a_gmail_french_attribution_are_dropped() {
        String mail = "Pour, sans hésiter.\n\nLe sam. 2 mars 2024 à 10:00, La Tresse <bot@tresse.test> a écrit :\n"
                + "> Sondage 12\n> Répondez pour ou contre\n";
        assertThat(ReplyText.clean(mail)).isEqualTo("Pour, sans hésiter.");
    }

    @Test
    void an_attribution_wrapped_over_two_lines_is_recognised() {
        String mail = "Contre\r\n\r\nLe sam. 2 mars 2024 à 10:00, La Tresse <bot@tresse.test>\r\na écrit :\r\n\r\n> texte";
        assertThat(ReplyText.clean(mail)).isEqualTo("Contre");
    }

    @Test
    void thunderbird_apple_and_english_attributions() {
        assertThat(ReplyText.clean("2\n\nLe 02/03/2024 à 10:00, La Tresse a écrit :\n> x")).isEqualTo("2");
        assertThat(ReplyText.clean("B>A>C\n\nOn 2 Mar 2024, at 10:00, La Tresse <bot@tresse.test> wrote:\n\n> x"))
                .isEqualTo("B>A>C");
        assertThat(ReplyText.clean("A=bien B=passable\nOn Sat, Mar 2, 2024 at 10:00 AM La Tresse\n<bot@tresse.test> wrote:\n> x"))
                .isEqualTo("A=bien B=passable");
    }

    @Test
    void outlook_blocks_are_cut_in_french_and_english() {
        assertThat(ReplyText.clean("oui\n\n________________________________\nDe : La Tresse\nEnvoyé : samedi\nÀ : Ana\n"))
                .isEqualTo("oui");
        assertThat(ReplyText.clean("oui\n\nDe\u00a0: La Tresse <bot@tresse.test>\nEnvoyé\u00a0: samedi 2 mars\nÀ\u00a0: Ana\n"
                + "Objet\u00a0: Sondage\n\n/vote 12 contre")).isEqualTo("oui");
        assertThat(ReplyText.clean("yes\n-----Original Message-----\nFrom: La Tresse\nSent: Saturday")).isEqualTo("yes");
        assertThat(ReplyText.clean("oui\n-----Message d'origine-----\nDe: La Tresse")).isEqualTo("oui");
    }

    @Test
    void signatures_and_mobile_footers_are_dropped() {
        assertThat(ReplyText.clean("/avis super\n-- \nAna\n06 00 00 00 00")).isEqualTo("/avis super");
        assertThat(ReplyText.clean("/avis super\n\nEnvoyé de mon iPhone")).isEqualTo("/avis super");
        assertThat(ReplyText.clean("/avis great\n\nSent from my Galaxy")).isEqualTo("/avis great");
    }

    @Test
    void text_that_only_looks_like_a_header_is_kept() {
        String mail = "Le café ouvre dimanche.\nAna a proposé ceci :\n\nDe 9 h à 12 h, venez !";
        assertThat(ReplyText.clean(mail)).isEqualTo(mail);
    }

    @Test
    void inline_answers_between_quotes_are_kept_and_blank_lines_collapsed() {
        String mail = "> Question 1 ?\nOui\n> Question 2 ?\n\n\n\nNon\n";
        assertThat(ReplyText.clean(mail)).isEqualTo("Oui\n\nNon");
        assertThat(ReplyText.firstLine("\n  \n  pour  \ncontre")).isEqualTo("pour");
    }

    @Test
    void control_characters_are_removed_and_line_ends_unified() {
        assertThat(ReplyText.clean("a\u0000b\u001b[31m\r\nc\rd\u200be")).isEqualTo("ab[31m\nc\nde");
    }
}
