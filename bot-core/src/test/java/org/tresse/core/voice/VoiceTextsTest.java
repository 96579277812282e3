package org.tresse.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoiceTextsTest {
    @Test
    void tags_are_lower_case_and_share_a_key_across_accents() {
        assertThat(Tags.normalize("#Café")).contains("café");
        assertThat(Tags.key("café")).isEqualTo(Tags.key("CAFE".toLowerCase())).isEqualTo("cafe");
        assertThat(Tags.normalize("#pas un tag")).isEmpty();
        assertThat(Tags.normalize("#" + "x".repeat(Tags.MAX_LENGTH + 1))).isEmpty();
    }

    @Test
    void statuses_are_read_in_french_or_english_with_or_without_accents() {
        assertThat(VoiceStatus.parse("Répondu")).contains(VoiceStatus.ANSWERED);
        assertThat(VoiceStatus.parse("closed")).contains(VoiceStatus.CLOSED);
        assertThat(VoiceStatus.parse("nouveau")).contains(VoiceStatus.NEW);
        assertThat(VoiceStatus.parse("peut-être")).isEmpty();
    }
}
