package org.tresse.connector.matrix.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tresse.core.markup.Markup;

class HtmlRendererTest {

    private static String html(String markup) {
        return HtmlRenderer.render(Markup.parse(markup));
    }

    @Test
    void rendersTheMarkupSubset() {
        assertThat(html("**gras** et *italique* et _aussi_")).isEqualTo("<strong>gras</strong> et <em>italique</em> et <em>aussi</em>");
        assertThat(html("ligne 1\nligne 2")).isEqualTo("ligne 1<br>ligne 2");
        assertThat(html("1. un\n2. deux")).isEqualTo("<ol><li>un</li><li>deux</li></ol>");
        assertThat(html("intro\n\n- a\n- b\n\nfin")).isEqualTo("<p>intro</p><ul><li>a</li><li>b</li></ul><p>fin</p>");
        assertThat(html("[site](https://example.org/?q=\"x\")")).isEqualTo("<a href=\"https://example.org/?q=&quot;x&quot;\">site</a>");
    }

    @Test
    void escapesEverythingPeopleWrote() {
        assertThat(html("<img src=x onerror=alert(1)> & co")).isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp; co");
        assertThat(html("[<b>label</b>](https://example.org)")).isEqualTo("<a href=\"https://example.org\">&lt;b&gt;label&lt;/b&gt;</a>");
        assertThat(html("[piège](javascript:alert(1))")).doesNotContain("<a").contains("javascript:alert(1)");
        assertThat(html("l'assemblée")).isEqualTo("l'assemblée");
    }
}
