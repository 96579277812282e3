package org.tresse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tresse.core.message.Identity;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.web.WebFrontDoor;
import org.tresse.web.WebVillage;

/**
 * Answering an event by a personal link in a real headless Chromium on a phone (390 px), without
 * JavaScript of ours: the buttons are a form. Screenshots {@code rsvp-avant-390} and
 * {@code rsvp-apres-390} under target/screenshots, axe-core's WCAG 2.1 AA check of both.
 */
@StoreTest
@Tag("browser")
class RsvpBrowserTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private Chromium chromium;

    @BeforeEach
    void start() {
        chromium = Chromium.start();
        village = WebVillage.start(db.database());
        MemoryChannel console = village.console();
        console.say("ana", "/moi");
        village.members("bob", "chloe");
        console.say("ana", "/evenement \"Concert de Noël de la chorale du village\" --le samedi 21h --lieu \"La Vayssade\" --places 1 "
                + "--groupe cafe --public --description \"La chorale chante Noël.\"");
        console.say("chloe", "/participe 1 oui");
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

    @Test
    void aPersonAnswersByTheButtonsOfTheirLinkOnAPhoneAndSeesTheirPlaceOnTheWaitingList() {
        String link = village.core().database().inTransaction(handle -> {
            long bob = village.core().people().resolve(handle, new Identity("console", "bob"), "bob").id();
            return "/evenements/1/reponse/" + village.services().links().issueForEvent(handle, bob, 1, Duration.ofDays(3));
        });
        List<String> problems = new ArrayList<>();
        chromium.size(390, 844);
        chromium.driver().get(village.base() + link);
        chromium.screenshot("rsvp-avant-390");
        chromium.seriousViolations().forEach(violation -> problems.add("avant: " + violation));

        chromium.driver().findElement(By.cssSelector("form.rsvp button[value=oui]")).click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".reponse h2"), "Réponse enregistrée"));
        chromium.screenshot("rsvp-apres-390");
        chromium.seriousViolations().forEach(violation -> problems.add("après: " + violation));

        assertThat(chromium.driver().findElement(By.cssSelector(".ma-reponse .actuelle")).getText())
                .startsWith("Vous avez répondu oui : vous êtes en liste d’attente");
        assertThat(chromium.driver().findElement(By.cssSelector("button[aria-pressed=true]")).getText()).contains("Oui");
        long overflow = (Long) chromium.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        assertThat(problems).isEmpty();
    }
}
