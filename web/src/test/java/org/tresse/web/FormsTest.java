package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Destination;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** Taking part without an account: a consultation's answer, a voice; and every way a form can be refused. */
@StoreTest
class FormsTest {
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

    private void start() {
        start(options -> options);
    }

    @AfterEach
    void stop() {
        if (village != null) {
            village.close();
        }
    }

    @Test
    void aResidentAnswersAConsultationFromTheHomePageAndItBecomesAVoice() {
        start();
        console.say("ana", "/sondage \"Que voudriez-vous à la ressourcerie ?\" --type consultation --public");
        visitor.get("/");

        HttpResponse<String> response = visitor.post("/sondages/1/repondre",
                Map.of("reponse", "Des \"outils\" -- et un atelier vélo, le samedi", "retour", "/"));

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Merci pour votre réponse");
        assertThat(page.select(".reponse").text()).contains("Votre réponse à la consultation 1 est bien reçue");
        assertThat(village.count("select count(*) from consultation_answer where text = ?",
                "Des \"outils\" -- et un atelier vélo, le samedi")).isEqualTo(1);
        assertThat(village.count("select count(*) from voice where poll_id = 1")).isEqualTo(1);
    }

    @Test
    void aSecretConsultationsAnswerKeepsNoAuthor() {
        start();
        console.say("ana", "/sondage \"Un avis franc sur le café ?\" --type consultation --public --secret");
        visitor.get("/sondages/1");

        HttpResponse<String> response = visitor.post("/sondages/1/repondre", Map.of("reponse", "Trop cher.", "retour", "/sondages/1"));

        assertThat(response.body()).contains("sans rien qui dise qui l’a écrite");
        assertThat(village.count("select count(*) from consultation_answer where person_id is null")).isEqualTo(1);
        assertThat(village.count("select count(*) from voice where anonymous = true and person_id is null")).isEqualTo(1);
        assertThat(village.count("select count(*) from identity where channel = 'web'")).isZero();
    }

    @Test
    void anEmptyOrTooLongAnswerIsShownAgainWithItsMessageAndNothingIsKept() {
        start();
        console.say("ana", "/sondage \"Que voudriez-vous ?\" --type consultation --public");
        visitor.get("/");

        HttpResponse<String> empty = visitor.post("/sondages/1/repondre", Map.of("reponse", "   ", "retour", "/"));
        assertThat(empty.statusCode()).isEqualTo(400);
        Document home = Jsoup.parse(empty.body());
        assertThat(home.select("h1").text()).isEqualTo("La Tresse");
        assertThat(home.select("#reponse-1-erreur").text()).isEqualTo("Ce champ est vide : écrivez votre texte avant d’envoyer.");
        assertThat(home.select("#reponse-1").attr("aria-invalid")).isEqualTo("true");

        String long_ = "a".repeat(4001);
        HttpResponse<String> tooLong = visitor.post("/sondages/1/repondre", Map.of("reponse", long_, "retour", "/sondages/1"));
        Document poll = Jsoup.parse(tooLong.body());
        assertThat(poll.select("#reponse-1-erreur").text()).isEqualTo("Texte trop long : 4001 caractères, le maximum est 4000. Raccourcissez-le.");
        assertThat(poll.select("textarea#reponse-1").text()).isEqualTo(long_);
        assertThat(village.count("select count(*) from consultation_answer")).isZero();
    }

    @Test
    void aVoiceWithoutAddressIsAnonymous() {
        start();
        visitor.get("/avis");

        HttpResponse<String> response = visitor.post("/avis", Map.of("texte", "Il manque un banc devant la ressourcerie #banc", "adresse", ""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Merci pour votre avis");
        assertThat(village.count("select count(*) from voice where anonymous = true and person_id is null and channel is null "
                + "and text = 'Il manque un banc devant la ressourcerie'")).isEqualTo(1);
        assertThat(village.count("select count(*) from voice_tag where tag = 'banc'")).isEqualTo(1);
        assertThat(village.count("select count(*) from person")).isEqualTo(1);
    }

    @Test
    void aVoiceWithAnAddressGetsTheCoordinatorsAnswerByEmail() {
        start();
        visitor.get("/avis");
        visitor.post("/avis", Map.of("texte", "Quand ouvre le café ?", "adresse", "Dede@Example.org"));
        long voice = village.count("select id from voice where text = 'Quand ouvre le café ?' and channel = 'web'");
        assertThat(village.count("select count(*) from web_contact where address = 'dede@example.org'")).isEqualTo(1);

        console.say("ana", "/repondre " + voice + " Le café ouvre à 9h.");
        village.deliverAll();

        MemoryChannel email = village.channel("email");
        assertThat(email.delivered()).anySatisfy(mail -> {
            assertThat(mail.destination()).isEqualTo(new Destination.Direct("email", "dede@example.org"));
            assertThat(mail.text()).contains("Le café ouvre à 9h.");
        });
        // kept for the coordination's later answers to that voice, six months at most (Contacts.RETENTION)
        assertThat(village.count("select count(*) from web_contact")).isEqualTo(1);
    }

    @Test
    void aBadAddressOrAnEmptyVoiceKeepsWhatWasTyped() {
        start();
        visitor.get("/avis");

        HttpResponse<String> response = visitor.post("/avis", Map.of("texte", "Mon idée", "adresse", "dede at example"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#adresse-erreur").text()).isEqualTo("« dede at example » n’est pas une adresse e-mail. Écrivez-la comme prenom@exemple.fr.");
        assertThat(page.select("textarea#texte").text()).isEqualTo("Mon idée");
        assertThat(page.select("input#adresse").attr("value")).isEqualTo("dede at example");
        assertThat(page.select("input#adresse").attr("aria-describedby")).isEqualTo("adresse-aide adresse-erreur");
        assertThat(page.title()).isEqualTo("Erreur : Donner votre avis · La Tresse");

        assertThat(village.count("select count(*) from voice")).isZero();
        // a command typed in the form is words of a voice, never a command
        HttpResponse<String> command = visitor.post("/avis", Map.of("texte", "/role console:dede admin", "adresse", ""));
        assertThat(command.statusCode()).isEqualTo(200);
        assertThat(village.count("select count(*) from voice where text = '/role console:dede admin'")).isEqualTo(1);
        assertThat(village.count("select count(*) from person_role where role = 'ADMIN'")).isEqualTo(1);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
        start();
        WebClient stranger = new WebClient(village.base());

        HttpResponse<String> response = stranger.postRaw("/avis", "texte=coucou&adresse=", "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Formulaire expiré");
        visitor.get("/avis");
        HttpResponse<String> forged = visitor.post("/avis", Map.of("csrf", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "texte", "coucou"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(village.count("select count(*) from voice")).isZero();
    }

    @Test
    void aRobotFillingTheHoneypotIsThankedAndNothingIsKept() {
        start();
        visitor.get("/avis");

        HttpResponse<String> response = visitor.post("/avis", Map.of("texte", "Achetez mes pilules", "site_web", "http://spam.example"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Merci pour votre avis");
        assertThat(village.count("select count(*) from voice")).isZero();
    }

    @Test
    void formsFromOneAddressAreLimitedWithRetryAfter() {
        start(options -> options.withFormLimit(3, Duration.ofMinutes(10)));
        visitor.get("/avis");
        for (int index = 0; index < 3; index++) {
            assertThat(visitor.post("/avis", Map.of("texte", "Avis " + index)).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = visitor.post("/avis", Map.of("texte", "Avis de trop"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("Trop d’envois");
        assertThat(village.count("select count(*) from voice")).isEqualTo(3);
    }

    @Test
    void aBodyLargerThanAllowedGetsTheTooLongPageAndNothingIsStored() {
        start();
        visitor.get("/avis");

        HttpResponse<String> response = visitor.postRaw("/avis", "texte=" + "x".repeat(70_000), "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Trop long");
        assertThat(village.count("select count(*) from voice")).isZero();
        assertThat(visitor.get("/avis").statusCode()).isEqualTo(200);
    }

    @Test
    void aMailClientsOneClickUnsubscribeNeedsNoPageAndNoToken() {
        start();
        village.core().database().useTransaction(handle -> {
            long person = village.core().people().resolve(handle, new org.tresse.core.message.Identity("email", "ab2cd@example.org"), "ab").id();
            village.subscriptions().subscribe(handle, person, new org.tresse.core.message.Identity("email", "ab2cd@example.org"), true, true);
        });
        village.core().database().useTransaction(handle -> handle.update("update subscription set status = 'ACTIVE'"));
        WebClient mailProvider = new WebClient(village.base());

        HttpResponse<String> response = mailProvider.postRaw("/desabonnement/uab2cdefghijklmn", "List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(village.count("select count(*) from subscription")).isZero();
        assertThat(mailProvider.postRaw("/desabonnement?token=uab2cdefghijklmn", "List-Unsubscribe=One-Click",
                "multipart/form-data; boundary=x").body()).contains("Vous étiez déjà désabonné·e");
        Document button = mailProvider.page("/desabonnement?token=uab2cdefghijklmn");
        assertThat(button.select("form[method=post][action=/desabonnement/uab2cdefghijklmn] button").text()).isEqualTo("Me désabonner");
        assertThat(mailProvider.postRaw("/desabonnement/zzzzzzzzzzzzzzzz", "", "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(404);
        assertThat(mailProvider.get("/desabonnement/pas-un-jeton").statusCode()).isEqualTo(404);
    }
}
