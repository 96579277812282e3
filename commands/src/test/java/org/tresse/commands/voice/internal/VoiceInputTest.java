package org.tresse.commands.voice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.tresse.commands.internal.Numbers;

class VoiceInputTest {
    /** The words {@code VoiceFeature} reads as {@code --anonyme} (its command's parser's), as French and English write them. */
    private static final Predicate<String> ANONYMOUS = word -> word.matches("(?iu)(?:--|—|–)(?:anonyme|anonymous)");

    @Test
    void trailing_tags_leave_the_text_inline_ones_stay() {
        VoiceInput input = VoiceInput.ofCommand("/avis Le #café ferme tôt\nle soir #Horaires #café --anonyme", ANONYMOUS);
        assertThat(input.text()).isEqualTo("Le #café ferme tôt\nle soir");
        assertThat(input.tags()).containsExactly("café", "horaires");
        assertThat(input.anonymous()).isTrue();
    }

    @Test
    void numbers_entities_and_quotes_are_not_tags() {
        VoiceInput input = VoiceInput.of("\"Le #1 des problèmes, c’est l’&#39;accès\"", ANONYMOUS);
        assertThat(input.tags()).isEmpty();
        assertThat(input.text()).isEqualTo("Le #1 des problèmes, c’est l’&#39;accès");
        assertThat(VoiceInput.of("—anonyme", ANONYMOUS).anonymous()).isTrue();
        assertThat(VoiceInput.of("je veux rester --anonymement", ANONYMOUS).anonymous()).isFalse();
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
        VoiceInput input = VoiceInput.ofCommand(message, ANONYMOUS);
        assertThat(input.anonymous()).isEqualTo(anonymous);
        assertThat(input.tags()).contains(tag.toLowerCase(java.util.Locale.ROOT));
        assertThat(input.text()).doesNotContain("--anonyme").doesNotEndWith("#" + tag);
        assertThat(List.of(input.text())).allMatch(text -> text.startsWith("x"));
    }

    /** The pattern the scan replaced; it overflowed the stack on ~1,200 tags, but is the reference on short texts. */
    private static final Pattern OLD_TRAILING_TAGS = Pattern.compile("(?:\\s*#[\\p{L}\\p{N}_-]+)+\\s*$");

    @Property(tries = 2000)
    void trailing_tags_are_cut_where_the_old_pattern_cut_them(
            @ForAll @Chars({'#', 'a', 'é', '1', '-', '_', ' ', '\n', 'x', '.', '²'}) @StringLength(max = 24) String text) {
        assertThat(VoiceInput.withoutTrailingTags(text)).isEqualTo(OLD_TRAILING_TAGS.matcher(text).replaceFirst("").strip());
    }

    @Test
    void thousands_of_tags_are_read_without_overflowing_the_stack() {
        String poison = "#t".repeat(4_900);
        VoiceInput input = VoiceInput.ofCommand("/avis " + poison, ANONYMOUS);
        assertThat(input.text()).isEmpty();
        assertThat(input.tags()).containsExactly("t");
        VoiceInput spaced = VoiceInput.of("Trop de tags " + " #t".repeat(3_000), ANONYMOUS);
        assertThat(spaced.text()).isEqualTo("Trop de tags");
        assertThat(VoiceInput.withoutTrailingTags("avant 𝐀#𝐁 #x")).isEqualTo(OLD_TRAILING_TAGS.matcher("avant 𝐀#𝐁 #x").replaceFirst("").strip());
    }
}
