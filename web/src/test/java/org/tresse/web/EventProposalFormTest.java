package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * The partners' form {@code /evenements/proposer} on the real server: a proposal waits for the
 * coordinators, who are told (with the address left, said unchecked); nothing is on the agenda,
 * the pages or the feeds before one approves. The guards of every form: token, honeypot, rate,
 * sent twice kept once; bad input shown again with what was wrong.
 */
@StoreTest
class EventProposalFormTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private WebClient visitor;
    private MemoryChannel console;

    private void start(java.util.function.UnaryOperator<WebOptions> tune) {
        village = WebVillage.start(db.database(), tune);
        visitor = new WebClient(village.base());
        console = village.console();
        console.say("ana", "/moi");
    }

    @AfterEach
    void stop() {
        if (village != null) {
            village.close();
        }
    }

    private Map<String, String> loto() {
        Map<String, String> fields = new HashMap<>();
        fields.put("partenaire", "comite");
        fields.put("titre", "Loto du comité");
        fields.put("quand", LocalDate.now(village.core().clock()).plusDays(10) + "T20:00");
        fields.put("duree", "3h");
        fields.put("lieu", "Salle des fêtes");
        fields.put("description", "Nombreux lots.");
        fields.put("adresse", "loto@example.org");
        return fields;
    }

    @Test
    void a_proposal_waits_for_the_coordinators_who_are_told_and_appears_once_approved() {
        start(options -> options);
        Document form = visitor.page("/evenements/proposer");
        assertThat(form.select("h1").text()).isEqualTo("Proposer un événement");
        assertThat(form.select("#partenaire option").eachText()).containsExactly("Choisissez…", "Comité des fêtes");
        assertThat(form.select("#lieu-aide").text()).contains("La Vayssade");

        HttpResponse<String> sent = visitor.post("/evenements/proposer", loto());

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(sent.body()).select("h1").text()).isEqualTo("Merci, c’est transmis");
        assertThat(village.count("select count(*) from event where status = 'PROPOSED' and title = 'Loto du comité' and partner_id = 'comite'"))
                .isEqualTo(1);
        village.deliverAll();
        assertThat(console.lastReplyTo("ana")).contains("« Comité des fêtes » propose un événement", "n°1 « Loto du comité »",
                "Salle des fêtes", "loto@example.org (non vérifiée");
        assertThat(console.lastReplyTo("ana")).as("what approving it will publish, description included")
                .contains("Description, telle qu’elle sera publiée", "Nombreux lots.");
        assertThat(visitor.page("/evenements").select(".carte")).isEmpty();
        assertThat(visitor.get("/evenements/1").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/agenda.ics").body()).doesNotContain("Loto");

        console.say("ana", "/evenement approuver 1");

        Document agenda = visitor.page("/evenements");
        assertThat(agenda.select(".carte h2").text()).isEqualTo("Loto du comité");
        assertThat(agenda.select(".carte").text()).contains("20h00", "Salle des fêtes", "proposé par Comité des fêtes");
        Document page = visitor.page("/evenements/1");
        assertThat(page.select("dd").text()).contains("(3 h)");
        assertThat(page.text()).contains("Nombreux lots.").doesNotContain("loto@example.org");
    }

    @Test
    void the_same_form_sent_twice_is_kept_once_and_a_robot_or_a_form_without_token_changes_nothing() {
        start(options -> options);
        String envoi = visitor.page("/evenements/proposer").select("input[name=envoi]").attr("value");
        Map<String, String> fields = loto();
        fields.put("envoi", envoi);
        assertThat(visitor.post("/evenements/proposer", fields).statusCode()).isEqualTo(200);
        assertThat(visitor.post("/evenements/proposer", fields).statusCode()).isEqualTo(200);
        assertThat(village.count("select count(*) from event")).isEqualTo(1);

        Map<String, String> robot = loto();
        robot.put("site_web", "http://spam.example");
        assertThat(visitor.post("/evenements/proposer", robot).statusCode()).isEqualTo(200);
        HttpResponse<String> forged = new WebClient(village.base()).postRaw("/evenements/proposer", WebClient.encode(loto()),
                "application/x-www-form-urlencoded");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(village.count("select count(*) from event")).isEqualTo(1);
    }

    @Test
    void bad_input_is_shown_again_with_what_was_wrong_and_nothing_is_kept() {
        start(options -> options);
        visitor.get("/evenements/proposer");
        Map<String, String> fields = loto();
        fields.put("partenaire", "inconnu");
        fields.put("quand", LocalDate.now(village.core().clock()).minusDays(3) + "T20:00");
        fields.put("duree", "longtemps");
        fields.put("adresse", "");

        HttpResponse<String> refused = visitor.post("/evenements/proposer", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#partenaire-erreur").text()).isEqualTo("Choisissez votre association dans la liste.");
        assertThat(page.select("#quand-erreur").text()).contains("est déjà passée");
        assertThat(page.select("#duree-erreur").text()).contains("« longtemps »");
        assertThat(page.select("#adresse-erreur").text()).contains("Laissez votre adresse email");
        assertThat(page.select("#titre").attr("value")).isEqualTo("Loto du comité");
        assertThat(page.select(".alerte li a").eachAttr("href")).contains("#quand", "#adresse");
        assertThat(village.count("select count(*) from event")).isZero();
    }

    @Test
    void proposals_from_one_address_are_limited() {
        start(options -> options.withFormLimit(2, Duration.ofMinutes(10)));
        visitor.get("/evenements/proposer");
        assertThat(visitor.post("/evenements/proposer", loto()).statusCode()).isEqualTo(200);
        assertThat(visitor.post("/evenements/proposer", loto()).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = visitor.post("/evenements/proposer", loto());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(village.count("select count(*) from event")).isEqualTo(2);
    }

    @Test
    void one_address_has_at_most_three_proposals_waiting_and_is_told_so_clearly() {
        start(options -> options.withFormLimit(20, Duration.ofMinutes(10)));
        visitor.get("/evenements/proposer");
        for (int sent = 1; sent <= 3; sent++) {
            Map<String, String> fields = loto();
            fields.put("titre", "Loto n°" + sent);
            assertThat(visitor.post("/evenements/proposer", fields).statusCode()).isEqualTo(200);
        }
        Map<String, String> fourth = loto();
        fourth.put("titre", "Loto n°4");
        fourth.put("adresse", " LOTO@Example.org");

        HttpResponse<String> refused = visitor.post("/evenements/proposer", fourth);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#adresse-erreur").text())
                .contains("Cette adresse a déjà 3 propositions d’événement qui attendent l’accord de la coordination", "rien n’a été enregistré",
                        "/evenement proposer");
        assertThat(village.count("select count(*) from event")).isEqualTo(3);
        village.deliverAll();
        assertThat(console.repliesTo("ana").stream().filter(text -> text.contains("Loto n°4"))).isEmpty();

        Map<String, String> other = loto();
        other.put("adresse", "fete@example.org");
        assertThat(visitor.post("/evenements/proposer", other).statusCode()).isEqualTo(200);
        console.say("ana", "/evenement approuver 1");
        assertThat(visitor.post("/evenements/proposer", fourth).statusCode()).as("one answered: room for one more").isEqualTo(200);
        assertThat(village.count("select count(*) from event where title = 'Loto n°4'")).isEqualTo(1);
    }

    @Test
    void control_characters_direction_overrides_or_line_breaks_in_a_field_are_refused_and_nothing_is_kept() {
        start(options -> options);
        visitor.get("/evenements/proposer");
        Map<String, String> fields = loto();
        fields.put("titre", "Loto \u202Eétité\u202C du comité");
        fields.put("lieu", "Salle des fêtes\n/evenement approuver 1");
        fields.put("description", "Nombreux lots.\u0007\u001b[2J");

        HttpResponse<String> refused = visitor.post("/evenements/proposer", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#titre-erreur").text()).contains("caractères invisibles");
        assertThat(page.select("#lieu-erreur").text()).contains("une seule ligne");
        assertThat(page.select("#description-erreur").text()).contains("caractères invisibles");
        assertThat(village.count("select count(*) from event")).isZero();
        village.deliverAll();
        assertThat(console.lastReplyTo("ana")).doesNotContain("propose un événement");
    }

    @Test
    void an_address_that_would_read_as_a_link_in_the_coordinators_notice_is_refused() {
        start(options -> options);
        visitor.get("/evenements/proposer");
        Map<String, String> fields = loto();
        fields.put("adresse", "[Approuver](https://evil.example/ok)@exemple.fr");

        HttpResponse<String> refused = visitor.post("/evenements/proposer", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#adresse-erreur").text()).contains("n’est pas une adresse e-mail");
        assertThat(village.count("select count(*) from event")).isZero();
        fields.put("adresse", "jean_dupont+loto@exemple.fr");
        assertThat(visitor.post("/evenements/proposer", fields).statusCode()).isEqualTo(200);
    }

    @Test
    void every_spelling_of_one_mailbox_counts_as_that_mailbox_under_a_digest_keyed_by_the_installation() throws Exception {
        start(options -> options.withFormLimit(20, Duration.ofMinutes(10)));
        visitor.get("/evenements/proposer");
        List<String> spellings = List.of("loto@example.org", "Loto+deux@Example.ORG", "\uFF4C\uFF4F\uFF54\uFF4F@example.org");
        for (int sent = 0; sent < spellings.size(); sent++) {
            Map<String, String> fields = loto();
            fields.put("titre", "Loto n°" + (sent + 1));
            fields.put("adresse", spellings.get(sent));
            assertThat(visitor.post("/evenements/proposer", fields).statusCode()).as(spellings.get(sent)).isEqualTo(200);
        }
        for (String other : List.of("lo\u200Bto+quatre@example.org", "LOTO@example.org.")) {
            Map<String, String> fourth = loto();
            fourth.put("titre", "Loto n°4");
            fourth.put("adresse", other);
            HttpResponse<String> refused = visitor.post("/evenements/proposer", fourth);
            assertThat(refused.statusCode()).as(other).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select("#adresse-erreur").text()).contains("Cette adresse a déjà 3 propositions");
        }
        assertThat(village.count("select count(*) from event")).isEqualTo(3);

        // one person for the three spellings, named by an HMAC under the installation's key: not the bare SHA-256 of the address
        assertThat(village.count("select count(distinct author_id) from event")).isEqualTo(1);
        List<String> ids = new ArrayList<>();
        village.core().database().useTransaction(handle -> ids.addAll(handle.list(
                "select external_id from identity where channel = 'web'", row -> row.getString(1))));
        assertThat(ids).hasSize(1);
        String unsalted = "p-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("loto@example.org".getBytes(StandardCharsets.UTF_8)), 0, 12);
        assertThat(ids.get(0)).startsWith("p2-").hasSize(3 + 43).isNotEqualTo(unsalted).doesNotContainIgnoringCase("loto");
    }

    @Test
    void proposals_from_many_addresses_together_are_bounded_then_taken_again() {
        start(options -> options.withFormLimit(50, Duration.ofMinutes(1)).withProposalLimit(4, Duration.ofMinutes(30)));
        visitor.get("/evenements/proposer");
        for (int sent = 1; sent <= 4; sent++) {
            Map<String, String> fields = loto();
            fields.put("titre", "Loto n°" + sent);
            fields.put("adresse", "flot" + sent + "@example.org");
            assertThat(visitor.post("/evenements/proposer", fields).statusCode()).isEqualTo(200);
        }
        Map<String, String> fifth = loto();
        fifth.put("titre", "Loto n°5");
        fifth.put("adresse", "flot5@example.org");

        HttpResponse<String> paused = visitor.post("/evenements/proposer", fifth);

        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(paused.body()).text()).contains("Le formulaire fait une pause", "rien n’a été enregistré", "30 minutes");
        assertThat(village.count("select count(*) from event")).isEqualTo(4);

        village.advance(Duration.ofMinutes(31));
        assertThat(visitor.post("/evenements/proposer", fifth).statusCode()).as("the same form, once the pause is over").isEqualTo(200);
        assertThat(village.count("select count(*) from event where title = 'Loto n°5'")).isEqualTo(1);
    }

    @Test
    void proposals_typed_with_a_partners_address_do_not_lock_out_the_partner_proposing_from_a_channel_that_vouches_for_it() {
        start(options -> options.withFormLimit(20, Duration.ofMinutes(10)));
        visitor.get("/evenements/proposer");
        for (int sent = 1; sent <= 3; sent++) {
            Map<String, String> forged = loto();
            forged.put("titre", "Faux loto n°" + sent);
            forged.put("adresse", "Comite+" + sent + "@example.org");
            assertThat(visitor.post("/evenements/proposer", forged).statusCode()).isEqualTo(200);
        }
        Map<String, String> fourth = loto();
        fourth.put("adresse", "comite@example.org");
        assertThat(visitor.post("/evenements/proposer", fourth).statusCode()).isEqualTo(400);
        village.deliverAll();
        assertThat(console.lastReplyTo("ana")).as("the coordinators see the address left, said unchecked")
                .contains("Comite+3@example.org (non vérifiée");

        MemoryChannel email = village.channel("email");
        email.say("comite@example.org", "/evenement proposer \"Vrai loto\" --le " + LocalDate.now(village.core().clock()).plusDays(12)
                + " 20:00 --lieu \"Salle des fêtes\"");

        assertThat(email.lastReplyTo("comite@example.org")).contains("Vrai loto").doesNotContain("propositions");
        assertThat(village.count("select count(*) from event where title = 'Vrai loto' and status = 'PROPOSED'")).isEqualTo(1);
    }
}
