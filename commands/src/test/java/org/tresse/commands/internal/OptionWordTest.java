package org.tresse.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one reading of {@code --name=value} that the router and the deadline words share. */
class OptionWordTest {
    @Test
    void a_name_alone_waits_for_the_next_word() {
        assertThat(OptionWord.read("--jusqua")).contains(new OptionWord("--jusqua", "jusqua", Optional.empty()));
    }

    @Test
    void a_value_joined_by_equals_is_split_at_the_first_one() {
        assertThat(OptionWord.read("--groupe=bureau=2")).contains(new OptionWord("--groupe=bureau=2", "groupe", Optional.of("bureau=2")));
        assertThat(OptionWord.read("--groupe=")).contains(new OptionWord("--groupe=", "groupe", Optional.of("")));
    }

    @Test
    void phones_long_dashes_are_two_dashes() {
        assertThat(OptionWord.read("—tous")).contains(new OptionWord("--tous", "tous", Optional.empty()));
        assertThat(OptionWord.read("–jusqua=dimanche")).contains(new OptionWord("--jusqua=dimanche", "jusqua", Optional.of("dimanche")));
        assertThat(OptionWord.startsLikeOne("—")).isTrue();
    }

    @Test
    void arguments_are_not_options() {
        assertThat(OptionWord.read("--")).isEmpty();
        assertThat(OptionWord.read("-x")).isEmpty();
        assertThat(OptionWord.read("pour")).isEmpty();
        assertThat(OptionWord.startsLikeOne("pour")).isFalse();
        // "--=x" has no name: the whole "=x" is its name, as the router always read it
        assertThat(OptionWord.read("--=x")).contains(new OptionWord("--=x", "=x", Optional.empty()));
    }
}
