package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tresse.connector.telegram.internal.HtmlRenderer;

class HtmlRendererTest {
    private static String one(String markup) {
        List<String> parts = HtmlRenderer.render(markup, HtmlRenderer.MAX_LENGTH);
        assertThat(parts).hasSize(1);
        return parts.get(0);
    }

    @Test
    void boldItalicAndLinksBecomeTelegramHtml() {
        assertThat(one("**Assemblée** le *12 mars*, [ordre du jour](https://tresse.example.org/odj?a=1&b=2)"))
                .isEqualTo("<b>Assemblée</b> le <i>12 mars</i>, "
                        + "<a href=\"https://tresse.example.org/odj?a=1&amp;b=2\">ordre du jour</a>");
    }

    @Test
    void everyUserTextIsEscaped() {
        assertThat(one("<script>alert(\"x\")</script> & <b>pas gras</b>"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;pas gras&lt;/b&gt;");
    }

    @Test
    void quotesInALinkCannotCloseTheAttribute() {
        assertThat(one("[clic](https://example.org/\"onclick=\"x)"))
                .isEqualTo("<a href=\"https://example.org/&quot;onclick=&quot;x\">clic</a>");
        assertThat(one("[<b>label</b>](https://example.org)"))
                .isEqualTo("<a href=\"https://example.org\">&lt;b&gt;label&lt;/b&gt;</a>");
    }

    @Test
    void unsafeLinksStayText() {
        assertThat(one("[clic](javascript:alert(1))")).doesNotContain("<a").contains("javascript:alert(1)");
    }

    @Test
    void listsGetBulletsOrNumbersAndParagraphsABlankLine() {
        assertThat(one("Ordre du jour :\n\n- café\n- ressourcerie\n\n1. premier\n2. second"))
                .isEqualTo("Ordre du jour :\n\n• café\n• ressourcerie\n\n1. premier\n2. second");
    }

    @Test
    void lineBreaksInsideAParagraphAreKept() {
        assertThat(one("ligne 1\nligne **2**")).isEqualTo("ligne 1\nligne <b>2</b>");
    }

    @Test
    void aLongTextIsSplitOnParagraphBoundaries() {
        String paragraph = "mot ".repeat(500).strip();
        String text = String.join("\n\n", paragraph, paragraph, paragraph);

        List<String> parts = HtmlRenderer.render(text, HtmlRenderer.MAX_LENGTH);

        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0)).isEqualTo(paragraph + "\n\n" + paragraph);
        assertThat(parts.get(1)).isEqualTo(paragraph);
    }

    @Test
    void aParagraphTooLongAloneIsSplitOnLinesThenBetweenWords() {
        String line = "<é> ".repeat(1500).strip();
        List<String> parts = HtmlRenderer.render(line + "\nfin", 4096);

        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join(" ", parts).replace("\n", " ")).isEqualTo(HtmlRenderer.escape(line) + " fin");
        assertThat(parts).allSatisfy(part -> assertThat(part).doesNotEndWith("&").doesNotContain("&l\n"));
    }

    @Test
    void escapingIsCountedInTheLimit() {
        String text = "&".repeat(1000);

        List<String> parts = HtmlRenderer.render(text, 4096);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(4095);
        assertThat(String.join("", parts)).isEqualTo("&amp;".repeat(1000));
    }

    @Test
    void anEditIsCutToOnePart() {
        String paragraph = "mot ".repeat(700).strip();

        assertThat(HtmlRenderer.renderOne(paragraph + "\n\n" + paragraph, 4096)).isEqualTo(paragraph);
    }
}
