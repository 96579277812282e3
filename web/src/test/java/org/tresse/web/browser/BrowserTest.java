package org.tresse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.web.WebFrontDoor;
import org.tresse.web.WebVillage;

/**
 * The pages in a real headless Chromium: what residents and members do, screenshots under
 * target/screenshots, and axe-core's WCAG 2.1 AA check of every page (no serious violation).
 */
@StoreTest
@Tag("browser")
class BrowserTest {
    private static final Pattern LINK = Pattern.compile("http://tresse\\.test/vote/[a-z2-7]{32}");

    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private MemoryChannel console;
    private Chromium chromium;

    @BeforeEach
    void start() {
        chromium = Chromium.start();
        village = WebVillage.start(db.database());
        console = village.console();
        console.say("ana", "/moi");
        village.members("bob", "chloe");
    }

    @AfterEach
    void stop() {
        if (village != null) {
            village.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    private void open(String path) {
        chromium.driver().get(path.startsWith("http") ? path : village.base() + path);
    }

    /** Waits for the page a form leads to. */
    private void awaitHeading(String heading) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.cssSelector("h1"), heading));
    }

    private String text(String css) {
        return chromium.driver().findElement(By.cssSelector(css)).getText();
    }

    @Test
    void aResidentAnswersAConsultationFromTheHomePageAndSeesTheConfirmation() {
        console.say("ana", "/sondage \"Que voudriez-vous trouver à la ressourcerie ?\" --type consultation --public --jusqua 10j");
        console.say("ana", "/annonce \"**Assemblée générale** samedi 10h à la Vayssade. Venez nombreux !\" --tous");
        console.say("ana", "/confirmer 1");
        console.say("ana", "/decision \"Horaires d’été\" \"Le café ouvre à 9h du 1er juin au 31 août.\" --groupe cafe");
        open("/");
        chromium.screenshot("accueil");

        chromium.driver().findElement(By.id("reponse-1")).sendKeys("Des outils de jardin, et un atelier vélo le samedi.");
        chromium.driver().findElement(By.cssSelector("form[action='/sondages/1/repondre'] button")).click();

        awaitHeading("Merci pour votre réponse");
        assertThat(text(".reponse")).contains("Votre réponse à la consultation 1 est bien reçue");
        chromium.screenshot("consultation-merci");
        assertThat(village.count("select count(*) from consultation_answer")).isEqualTo(1);
    }

    /** On a phone, "Aide" typed in the voice form is a voice, not a question to the bot. */
    @Test
    void aResidentOnAPhoneWritesAideAndItIsKeptAsAVoice() {
        chromium.size(390, 844);
        open("/avis");
        chromium.driver().findElement(By.id("texte")).sendKeys("Aide");
        chromium.driver().findElement(By.id("adresse")).sendKeys("eve@example.org");
        chromium.driver().findElement(By.cssSelector("form[action='/avis'] button")).click();

        awaitHeading("Merci pour votre avis");
        chromium.screenshot("avis-aide-telephone");
        assertThat(chromium.driver().findElement(By.tagName("main")).getText()).contains("C’est l’avis n° 1")
                .doesNotContain("Vouliez-vous dire");
        assertThat(chromium.seriousViolations()).isEmpty();
        assertThat(village.count("select count(*) from voice where text = 'Aide'")).isEqualTo(1);
    }

    @Test
    void aMemberFollowsAPersonalLinkRanksThreeOptionsAndTheChatTallyHasIt() {
        console.say("bob", "/rejoindre cafe");
        console.say("chloe", "/rejoindre cafe");
        console.say("ana", "/sondage \"Quel nom pour le café ?\" \"La Tresse\" \"Le Lien\" \"Chez Nous\" --type classement "
                + "--jusqua 7j --groupe cafe");
        console.say("chloe", "/vote 1 1>2>3");
        MemoryChannel telegram = village.channel("telegram");
        assertThat(telegram.lastReplyTo("cafe-room")).contains("Participation : 1 sur 2");
        console.say("bob", "/lien 1");
        Matcher link = LINK.matcher(console.lastReplyTo("bob"));
        assertThat(link.find()).isTrue();
        chromium.size(390, 844);
        open(village.local(link.group()));
        chromium.screenshot("bulletin-telephone");

        new Select(chromium.driver().findElement(By.id("r-1-1"))).selectByVisibleText("Rang 3");
        new Select(chromium.driver().findElement(By.id("r-1-2"))).selectByVisibleText("Rang 2");
        new Select(chromium.driver().findElement(By.id("r-1-3"))).selectByVisibleText("Rang 1");
        chromium.driver().findElement(By.cssSelector("form.bulletin button")).click();

        awaitHeading("Merci, votre vote est enregistré");
        assertThat(text(".reponse")).contains("Chez Nous > Le Lien > La Tresse");
        chromium.screenshot("bulletin-merci");
        village.advance(Duration.ofSeconds(31));
        assertThat(telegram.lastReplyTo("cafe-room")).as("the group's tally message, edited").contains("Participation : 2 sur 2");
        assertThat(telegram.delivered().get(telegram.delivered().size() - 1).content().edits()).isNotNull();
        open("/sondages/1");
        assertThat(text(".participation")).isEqualTo("2 votant·e(s) sur 2 (100 %).");
    }

    @Test
    void theDecisionPageRendersItsChart() {
        console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\" --consentement --jusqua 2j");
        console.say("bob", "/vote 1 pour");
        console.say("chloe", "/vote 1 abstention");
        console.say("ana", "/vote 1 pour");
        village.advance(Duration.ofDays(3));
        long decision = village.count("select max(id) from decision");

        open("/decisions/" + decision);

        List<WebElement> bars = chromium.driver().findElements(By.cssSelector("svg rect.barre"));
        assertThat(bars).hasSize(4);
        assertThat(bars.get(0).getRect().getWidth()).isGreaterThan(bars.get(2).getRect().getWidth()).isGreaterThan(50);
        assertThat(chromium.driver().findElement(By.cssSelector("svg")).isDisplayed()).isTrue();
        assertThat(text("table tbody tr:first-child")).isEqualTo("Pour 2 67 %");
        chromium.screenshot("decision-graphique");
    }

    @Test
    void everyPageHasNoSeriousAccessibilityViolation() {
        console.say("ana", "/sondage \"Que voudriez-vous ?\" --type consultation --public");
        console.say("ana", "/sondage \"Quel projet ?\" Four Jardin Atelier --type jugement");
        console.say("ana", "/sondage \"Repeindre la façade ?\" --jusqua 1j");
        console.say("bob", "/vote 3 pour");
        console.say("ana", "/annonce \"Fête le **samedi** : [programme](https://la-tresse.org)\" --tous");
        console.say("ana", "/confirmer 1");
        village.advance(Duration.ofDays(2));
        console.say("bob", "/lien");
        Matcher link = LINK.matcher(console.lastReplyTo("bob"));
        assertThat(link.find()).isTrue();
        long decision = village.count("select max(id) from decision");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("accueil-axe", "/");
        pages.put("accueil-en", "/?lang=en");
        pages.put("releve", "/decisions");
        pages.put("releve-erreur", "/decisions?du=demain");
        pages.put("decision", "/decisions/" + decision);
        pages.put("sondage-consultation", "/sondages/1");
        pages.put("sondage-clos", "/sondages/3");
        pages.put("avis", "/avis");
        pages.put("annonces", "/annonces");
        pages.put("integrer", "/integrer");
        pages.put("bulletin", village.local(link.group()));
        pages.put("desabonnement", "/desabonnement/uabcdefghijklmn2");
        pages.put("mentions-legales", "/mentions-legales");
        pages.put("confidentialite", "/confidentialite");
        pages.put("introuvable", "/nulle-part");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getValue());
            chromium.screenshot(page.getKey());
            chromium.seriousViolations().forEach(violation -> problems.add(page.getKey() + ": " + violation));
        }
        open("/avis?lang=fr");
        chromium.driver().findElement(By.cssSelector("form[action='/avis'] button")).click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("texte-erreur")));
        assertThat(text("#texte-erreur")).isEqualTo("Ce champ est vide : écrivez votre texte avant d’envoyer.");
        chromium.screenshot("avis-erreur");
        chromium.seriousViolations().forEach(violation -> problems.add("avis-erreur: " + violation));

        assertThat(problems).isEmpty();
    }

    @Test
    void aBallotByEmailOpensOnAPhoneAndTheArchiveComesInPages() {
        MemoryChannel email = village.channel("email");
        email.say("lea@example.org", "/moi");
        village.membersByEmail("lea@example.org");
        console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\" --jusqua 3j");
        Matcher link = LINK.matcher(email.lastReplyTo("lea@example.org"));
        assertThat(link.find()).as("the ballot by email carries a link").isTrue();
        village.pastAnnouncements(120);
        List<String> problems = new ArrayList<>();

        chromium.size(390, 844);
        open(village.local(link.group()));
        chromium.screenshot("bulletin-email-telephone");
        chromium.seriousViolations().forEach(violation -> problems.add("bulletin-email: " + violation));
        chromium.driver().findElement(By.cssSelector("label[for=o-1-1]")).click();
        chromium.driver().findElement(By.cssSelector("form.bulletin button")).click();
        awaitHeading("Merci, votre vote est enregistré");
        chromium.screenshot("bulletin-email-merci");
        assertThat(village.count("select count(*) from ballot where poll_id = 1")).isEqualTo(1);

        chromium.size(1280, 900);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("annonces-page-2", "/annonces?page=2");
        pages.put("annonces-derniere", "/annonces?page=3");
        pages.put("annonces-au-dela", "/annonces?page=9");
        pages.put("annonces-page-invalide", "/annonces?page=deux");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getValue());
            chromium.screenshot(page.getKey());
            chromium.seriousViolations().forEach(violation -> problems.add(page.getKey() + ": " + violation));
        }
        chromium.driver().manage().deleteAllCookies(); // another browser: the link is spent
        open(village.local(link.group()));
        assertThat(text("h1")).isEqualTo("Ce lien ne marche plus");
        chromium.screenshot("bulletin-email-utilise");
        chromium.seriousViolations().forEach(violation -> problems.add("bulletin-email-utilise: " + violation));
        open("/annonces?page=2");
        chromium.driver().findElement(By.cssSelector("a[rel=next]")).click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(By.cssSelector("nav.pages p"),
                "Page 3 sur 3"));
        assertThat(problems).isEmpty();
    }

    @Test
    void theAccessibilityCheckFindsWhatItLooksFor() {
        open("/avis");
        chromium.driver().executeScript("document.querySelector('label[for=texte]').remove();"
                + "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/logo-absent\">');");

        assertThat(chromium.seriousViolations()).anySatisfy(line -> assertThat(line).contains("label"))
                .anySatisfy(line -> assertThat(line).contains("image-alt"));
    }
}
