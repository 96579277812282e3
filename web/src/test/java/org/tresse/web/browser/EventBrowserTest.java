package org.tresse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.web.WebFrontDoor;
import org.tresse.web.WebVillage;

/**
 * The agenda's pages in a real headless Chromium, on a phone (390 px) and a desk (1280 px):
 * screenshots under target/screenshots ({@code agenda-*}), axe-core's WCAG 2.1 AA check of each,
 * and a partner's proposal sent with the form.
 */
@StoreTest
@Tag("browser")
class EventBrowserTest {
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
        village.members("bob", "chloe", "dan");
        console.say("ana", "/evenement \"Concert de Noël de la chorale du village\" --le samedi 21h --lieu \"La Vayssade\" --places 2 "
                + "--groupe cafe --public --description \"La chorale chante Noël.\n\nVin chaud offert à l’entracte.\"");
        console.say("ana", "/evenement \"Repair café\" --repete \"chaque premier mardi du mois à 18h\" --public");
        for (String member : List.of("bob", "chloe", "dan")) {
            console.say(member, "/participe 1 oui");
        }
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
        chromium.driver().get(village.base() + path);
    }

    @Test
    void the_agenda_and_an_event_read_well_on_a_phone_and_a_desk_and_a_partner_proposes_with_the_form() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(390, 1280)) {
            chromium.size(width, width == 390 ? 844 : 900);
            for (String[] page : new String[][] {{"agenda", "/evenements"}, {"agenda-evenement", "/evenements/1"},
                    {"agenda-repete", "/evenements/2?lang=en"}, {"agenda-proposer", "/evenements/proposer"}}) {
                open(page[1]);
                chromium.screenshot(page[0] + "-" + width);
                chromium.seriousViolations().forEach(violation -> problems.add(page[0] + "-" + width + ": " + violation));
            }
            long overflow = (Long) chromium.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling at %s px", width).isLessThanOrEqualTo(0);
        }

        open("/evenements/proposer?lang=fr");
        new Select(chromium.driver().findElement(By.id("partenaire"))).selectByVisibleText("Comité des fêtes");
        chromium.driver().findElement(By.id("titre")).sendKeys("Loto du comité");
        chromium.driver().findElement(By.id("quand")).sendKeys(LocalDate.now(village.core().clock()).plusDays(12)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM")) + " 20h30");
        chromium.driver().findElement(By.id("lieu")).sendKeys("Salle des fêtes");
        chromium.driver().findElement(By.id("adresse")).sendKeys("loto@example.org");
        chromium.driver().findElement(By.cssSelector("form[action='/evenements/proposer'] button")).click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Merci, c’est transmis"));
        chromium.screenshot("agenda-proposer-merci-1280");
        assertThat(village.count("select count(*) from event where status = 'PROPOSED' and title = 'Loto du comité'")).isEqualTo(1);

        open("/evenements/proposer");
        chromium.driver().findElement(By.cssSelector("form[action='/evenements/proposer'] button")).click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.id("titre-erreur")));
        chromium.screenshot("agenda-proposer-erreurs-1280");
        chromium.seriousViolations().forEach(violation -> problems.add("agenda-proposer-erreurs: " + violation));

        assertThat(problems).isEmpty();
    }
}
