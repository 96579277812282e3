package org.tresse.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tresse.core.decision.DecisionExport;
import org.tresse.core.export.Export;
import org.tresse.core.export.ExportFormat;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class ExportTest {
    private final PollFixture fixture = new PollFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void polls_export_counts_and_turnout_never_a_voters_choice() throws Exception {
        Poll secret = fixture.open(PollKind.SINGLE, List.of("Maëlle", "Pauline, dite \"Popo\""), PollFixture.secret());
        Poll hidden = fixture.open(PollKind.SINGLE, List.of("A", "B"),
                new PollRules(false, true, false, 1, Optional.empty(), Optional.empty(), Optional.empty()));
        Poll proposal = fixture.open(PollKind.PROPOSAL, List.of(), PollRules.defaults());
        long ana = fixture.member("ana");
        long bob = fixture.member("bob");
        fixture.database.useTransaction(handle -> {
            fixture.polls.vote(handle, secret, ana, true, Answer.Choice.of(1));
            fixture.polls.vote(handle, secret, bob, true, Answer.Choice.of(1));
            fixture.polls.vote(handle, hidden, ana, true, Answer.Choice.of(0));
            fixture.polls.vote(handle, proposal, bob, true, Answer.Choice.of(0));
            fixture.polls.close(handle, secret);
            fixture.polls.close(handle, proposal);
        });
        String csv = export(ExportFormat.CSV);
        assertThat(csv).startsWith("numero_sondage,question,sorte,groupe,public_vise,secret,resultats_caches,statut,ouvert_le,");
        assertThat(csv).contains("\"Pauline, dite \"\"Popo\"\"\",2,").contains(",clos,").contains(",2024-03-02 10:00,")
                .contains("proposition,,membres,non,non,clos").contains(",adoptée,");
        assertThat(csv).contains("caché jusqu’à la clôture").doesNotContain("ana").doesNotContain("bob");
        assertThat(export(ExportFormat.EXCEL)).startsWith("numero_sondage;question;sorte;").contains(";\"Pauline, dite \"\"Popo\"\"\";2;");
        JsonNode json = new ObjectMapper().readTree(export(ExportFormat.JSON));
        JsonNode first = json.get("polls").get(0);
        assertThat(first.get("voters").asInt()).isEqualTo(2);
        assertThat(first.get("eligible").asInt()).isEqualTo(3);
        assertThat(first.get("options").get(1).get("votes").asInt()).isEqualTo(2);
        assertThat(json.get("polls").get(1).get("options").get(0).get("votes").isNull()).isTrue();
        assertThat(json.get("polls").get(2).get("outcome").asText()).isEqualTo("adopted");
        assertThat(export(ExportFormat.MD)).contains("## n°1 — Question ?").contains("| 2 | Pauline, dite \"Popo\" | 2 |").doesNotContain("ana");

        DecisionExport register = new DecisionExport(fixture.decisions, fixture.core.zone());
        assertThat(export(register, ExportFormat.CSV)).startsWith("numero,date_decision,titre,texte,groupe,provenance,issue,statut,")
                .contains("sondage,adoptée,en vigueur,3,1,0,0,0,1,3,33,,,,non,2024-03-02 10:00,0,");
        assertThat(export(register, ExportFormat.MD)).contains("# Registre des décisions").contains("2024-03-02 · adoptée")
                .contains("Sondage n°3 : pour 1, contre 0");
        assertThat(export(register, ExportFormat.JSON)).contains("\"outcome\" : \"adopted\"");
    }

    @Test
    void the_markdown_exports_are_in_the_association_s_language() {
        Poll secret = fixture.open(PollKind.SINGLE, List.of("Maëlle", "Pauline"), PollFixture.secret());
        Poll proposal = fixture.open(PollKind.PROPOSAL, List.of(), PollRules.defaults());
        long ana = fixture.member("ana");
        fixture.database.useTransaction(handle -> {
            fixture.polls.vote(handle, secret, ana, true, Answer.Choice.of(1));
            fixture.polls.vote(handle, proposal, ana, true, Answer.Choice.of(0));
            fixture.polls.close(handle, secret);
            fixture.polls.close(handle, proposal);
        });
        PollExport polls = new PollExport(fixture.polls, fixture.core.zone());
        DecisionExport register = new DecisionExport(fixture.decisions, fixture.core.zone());

        assertThat(export(polls, ExportFormat.MD, Language.FR)).startsWith("# Sondages\n").contains("## n°1 — Question ?")
                .contains("choix unique · clos · secret · 1 votants sur 2 (50 %) · Pauline").contains("| n° | option | voix | place | mention |");
        assertThat(export(register, ExportFormat.MD, Language.FR)).startsWith("# Registre des décisions\n").contains("## n°1 — ")
                .contains("Sondage n°2 : pour 1, contre 0, abstention 0, blocage 0 ; 1 votants sur 2");

        String polled = export(polls, ExportFormat.MD, Language.EN);
        assertThat(polled).startsWith("# Polls\n").contains("## No. 1 — Question ?")
                .contains("single choice · closed · secret · 1 voters out of 2 (50%) · Pauline").contains("| number | option | votes | place | grade |")
                .doesNotContain("votants").doesNotContain("n°");
        String registered = export(register, ExportFormat.MD, Language.EN);
        assertThat(registered).startsWith("# Register of decisions\n").contains("## No. 1 — ").contains("2024-03-02 · adopted")
                .contains("Poll no. 2: for 1, against 0, abstain 0, block 0; 1 voters out of 2")
                .doesNotContain("Sondage").doesNotContain("votants").doesNotContain("adoptée");
    }

    @Test
    void a_spreadsheet_formula_in_a_question_is_defused() {
        long author = fixture.member("author");
        fixture.database.useTransaction(handle -> fixture.polls.open(handle, new PollDraft("=HYPERLINK(\"http://x\")", PollKind.SINGLE,
                List.of("+1", "-1"), Audience.members(), PollRules.defaults(), Optional.empty(), author, PollFixture.CONSOLE)));
        assertThat(export(ExportFormat.CSV)).contains("'=HYPERLINK").contains(",'+1,").doesNotContain(",=HYPERLINK");
    }

    private String export(ExportFormat format) {
        return export(new PollExport(fixture.polls, fixture.core.zone()), format);
    }

    private String export(Export export, ExportFormat format) {
        return export(export, format, Language.FR);
    }

    /** As {@code tresse export} writes it for an association whose language is {@code language}. */
    private String export(Export export, ExportFormat format, Language language) {
        StringWriter out = new StringWriter();
        Texts texts = new I18n(language, List.of(Polls.BUNDLE, DecisionExport.BUNDLE)).texts(null);
        fixture.database.useTransaction(handle -> {
            try {
                export.write(handle, texts, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out.toString();
    }
}
