package org.tresse.core.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void bold_italic_links_and_lists() {
        Document document = Markup.parse("Réunion **samedi** à *10h*\n\n- café\n- [site](https://latresse.fr)\n\n1. un\n2. deux");
        assertThat(document.blocks()).hasSize(3);
        Block.Paragraph paragraph = (Block.Paragraph) document.blocks().get(0);
        assertThat(paragraph.content()).containsExactly(
                new Inline.Plain("Réunion "),
                new Inline.Bold(List.of(new Inline.Plain("samedi"))),
                new Inline.Plain(" à "),
                new Inline.Italic(List.of(new Inline.Plain("10h"))));
        Block.ListBlock bullets = (Block.ListBlock) document.blocks().get(1);
        assertThat(bullets.numbered()).isFalse();
        assertThat(bullets.items().get(1)).containsExactly(new Inline.Link("site", "https://latresse.fr"));
        assertThat(((Block.ListBlock) document.blocks().get(2)).numbered()).isTrue();
    }

    @Test
    void unsafe_links_and_html_stay_text() {
        Document document = Markup.parse("<script>alert(1)</script> [clic](javascript:alert(1))");
        assertThat(PlainText.render(document)).isEqualTo("<script>alert(1)</script> [clic](javascript:alert(1))");
        assertThat(((Block.Paragraph) document.blocks().get(0)).content()).allMatch(inline -> inline instanceof Inline.Plain);
    }

    @Test
    void plain_rendering_keeps_words_and_drops_markers() {
        assertThat(PlainText.render("**Assemblée** le _12 mars_, voir [le site](https://latresse.fr)\n- un\n- deux"))
                .isEqualTo("Assemblée le 12 mars, voir le site (https://latresse.fr)\n\n• un\n• deux");
    }

    @Test
    void a_lone_star_or_underscore_in_words_is_text() {
        assertThat(PlainText.render("5 * 3 = 15 et nom_de_fichier")).isEqualTo("5 * 3 = 15 et nom_de_fichier");
    }

    @Test
    void a_users_text_quoted_in_a_template_stays_those_very_characters() {
        String typed = "[cliquez ici](http://evil.example) *vite* _ou_ **jamais** \\o/\n- pas une liste\n2. ni ça\n• ni ça";
        Document document = Markup.parse("**Nouvel avis** : « " + Markup.literal(typed) + " »");

        assertThat(PlainText.render(document)).isEqualTo("Nouvel avis : « " + typed + " »");
        assertThat(document.blocks()).hasSize(1);
        List<Inline> content = ((Block.Paragraph) document.blocks().get(0)).content();
        assertThat(content.get(0)).isEqualTo(new Inline.Bold(List.of(new Inline.Plain("Nouvel avis"))));
        assertThat(content.subList(1, content.size())).allMatch(inline -> inline instanceof Inline.Plain || inline instanceof Inline.LineBreak);
    }

    @Test
    void a_literal_inside_the_templates_own_emphasis_closes_where_the_template_does() {
        Document document = Markup.parse("*" + Markup.literal("a_b*") + "* et **" + Markup.literal("c**") + "**");

        assertThat(((Block.Paragraph) document.blocks().get(0)).content()).containsExactly(
                new Inline.Italic(List.of(new Inline.Plain("a_b*"))),
                new Inline.Plain(" et "),
                new Inline.Bold(List.of(new Inline.Plain("c**"))));
    }

    @Test
    void a_line_a_user_starts_with_a_form_feed_or_vertical_tab_is_no_list_either() {
        String typed = "avant\n\u000B- pas une liste\n\f2. ni ça";
        Document document = Markup.parse("Avis : " + Markup.literal(typed));

        assertThat(document.blocks()).hasSize(1).allMatch(block -> block instanceof Block.Paragraph);
    }
}
