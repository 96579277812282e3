package org.tresse.commands.voice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.tresse.commands.internal.Numbers;

class VoiceInputTest {
    @Test
    void trailing_tags_leave_the_text_inline_ones_stay() {
        VoiceInput input = VoiceInput.ofCommand("/avis Le #café ferme tôt\nle soir #Horaires #café --anonyme");
        assertThat(input.text()).isEqualTo("Le #café ferme tôt\nle soir");
        assertThat(input.tags()).containsExactly("café", "horaires");
        assertThat(input.anonymous()).isTrue();
    }

    @Test
    void numbers_entities_and_quotes_are_not_tags() {
        VoiceInput input = VoiceInput.of("\"Le #1 des problèmes, c’est l’&#39;accès\"");
        assertThat(input.tags()).isEmpty();
        assertThat(input.text()).isEqualTo("Le #1 des problèmes, c’est l’&#39;accès");
        assertThat(VoiceInput.of("—anonyme").anonymous()).isTrue();
        assertThat(VoiceInput.of("je veux rester --anonymement").anonymous()).isFalse();
    }

    @Test
    void the_text_after_a_number_keeps_its_lines() {
        assertThat(Numbers.textAfter("/repondre  12  Bonjour,\n\nmerci !", 1)).isEqualTo("Bonjour,\n\nmerci !");
        assertThat(Numbers.parse("n°12")).contains(12L);
        assertThat(Numbers.parse("#7")).contains(7L);
        assertThat(Numbers.parse("douze")).isEmpty();
    }

    @Property
    void the_flag_and_trailing_tags_never_stay_in_the_text(@ForAll @StringLength(min = 1, max = 200) String words,
                                                          @ForAll @AlphaChars @StringLength(min = 1, max = 20) String tag,
                                                          @ForAll boolean anonymous) {
        String body = words.replace("#", "").replace("--", "").replace("—", "").replace("–", "").strip();
        String message = "/avis x " + body + " #" + tag + (anonymous ? " --anonyme" : "");
        VoiceInput input = VoiceInput.ofCommand(message);
        assertThat(input.anonymous()).isEqualTo(anonymous);
        assertThat(input.tags()).contains(tag.toLowerCase(java.util.Locale.ROOT));
        assertThat(input.text()).doesNotContain("--anonyme").doesNotEndWith("#" + tag);
        assertThat(List.of(input.text())).allMatch(text -> text.startsWith("x"));
    }
}
