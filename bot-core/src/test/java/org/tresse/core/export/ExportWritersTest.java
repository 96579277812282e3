package org.tresse.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The writers every export shares: CSV a spreadsheet opens safely, Markdown that shows text as typed. */
class ExportWritersTest {
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
