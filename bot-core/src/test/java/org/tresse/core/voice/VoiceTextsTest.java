package org.tresse.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tresse.core.voice.internal.Csv;
import org.tresse.core.voice.internal.MarkdownText;

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

    @Test
    void a_csv_cell_is_quoted_when_needed_and_never_a_formula() {
        assertThat(Csv.cell("simple")).isEqualTo("simple");
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("dit \"oui\"")).isEqualTo("\"dit \"\"oui\"\"\"");
        assertThat(Csv.cell("deux\nlignes")).isEqualTo("\"deux\nlignes\"");
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+33 6")).isEqualTo("'+33 6");
        assertThat(Csv.cell("@moi")).isEqualTo("'@moi");
    }

    @Test
    void markdown_text_shows_markup_and_html_as_typed() {
        assertThat(MarkdownText.inline("**gras** <script>x</script> [lien](http://x) | a"))
                .isEqualTo("\\*\\*gras\\*\\* &lt;script&gt;x&lt;/script&gt; \\[lien\\]\\(http://x\\) \\| a");
        assertThat(MarkdownText.quote("# titre\n> citation")).isEqualTo("> \\# titre\n> &gt; citation");
    }
}
