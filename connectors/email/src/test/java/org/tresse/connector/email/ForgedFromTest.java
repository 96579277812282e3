package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.connector.email.MailVillage.header;
import static org.tresse.connector.email.MailVillage.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Issue 11, item 1: a mail whose From names frank, a coordinator, with no token and nothing that
 * authenticates it, acts for nobody. What would change frank's identities, settings,
 * subscriptions or roles waits for a one-use confirmation only frank's mailbox receives.
 */
@StoreTest
class ForgedFromTest {
    private static final String FRANK = "frank@example.org";
    private static final Pattern CODE = Pattern.compile("/lier ([A-Z0-9]{6})");
    private static final Pattern ANSWER_ADDRESS = Pattern.compile("bot\\+a\\.[a-z2-7]{16}@tresse\\.test");

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private MailVillage village;

    @BeforeEach
    void start() {
        village = MailVillage.start(greenMail, db.database());
        village.person("console:ana", "Ana", Role.COORDINATOR);
        village.person("email:" + FRANK, "Frank", Role.COORDINATOR);
        village.subscribed(FRANK);
    }

    @AfterEach
    void stop() {
        village.close();
    }

    @Test
    void a_forged_link_code_merges_nothing_and_the_forger_gains_no_role() throws Exception {
        village.console.say("mallory", "/lier");
        Matcher code = CODE.matcher(village.console.lastReplyTo("mallory"));
        assertThat(code.find()).isTrue();

        village.mail(FRANK, "Bonjour", "/lier " + code.group(1) + " oui");

        assertThat(village.identitiesOf("console:mallory")).containsExactly(new Identity("console", "mallory"));
        assertThat(village.identitiesOf("email:" + FRANK)).containsExactly(new Identity("email", FRANK));
        assertThat(village.holds("console:mallory", Role.COORDINATOR)).isFalse();
        assertThat(village.holds("email:" + FRANK, Role.COORDINATOR)).isTrue();
        village.console.say("mallory", "/avis-liste");
        assertThat(village.console.lastReplyTo("mallory")).contains("réservé");
        assertThat(village.console.repliesTo("mallory")).noneMatch(text -> text.contains("reliés"));

        // the real frank is asked, in the thread of the forged mail, from a personal reply address
        MimeMessage asked = village.awaitMail(FRANK, 1);
        assertThat(text(asked)).contains("« /lier " + code.group(1) + " oui »").contains("ne répondez pas");
        assertThat(((InternetAddress) asked.getReplyTo()[0]).getAddress()).matches(ANSWER_ADDRESS.pattern());
        assertThat(header(asked, "List-Unsubscribe")).isNull();
        // and mallory, who never sees that mail, cannot use its token
        String token = text(asked).replaceAll("(?s).*/valider ([a-z2-7]{16}).*", "$1");
        village.console.say("mallory", "/valider " + token);
        assertThat(village.console.lastReplyTo("mallory")).contains("inconnue, déjà utilisée ou expirée");
        assertThat(village.identitiesOf("console:mallory")).hasSize(1);
    }

    @Test
    void a_forged_language_or_unsubscription_changes_nothing_until_the_mailbox_confirms() throws Exception {
        village.mail(FRANK, "/langue en", "");
        village.mail(FRANK, "/desabonner", "");

        assertThat(village.personOf("email:" + FRANK).language()).isNull();
        assertThat(village.subscription(FRANK)).hasValueSatisfying(subscription -> {
            assertThat(subscription.notifications()).isTrue();
            assertThat(subscription.digest()).isTrue();
        });
        MimeMessage language = village.awaitMail(FRANK, 1);
        MimeMessage unsubscribe = village.awaitMail(FRANK, 2);
        assertThat(text(language)).contains("« /langue en »");
        assertThat(text(unsubscribe)).contains("« /desabonner »");
        assertThat(header(language, "In-Reply-To")).isNotNull();

        // frank's own mailbox answers the first one: only that one is done, in his name
        village.reply(language, FRANK, "Oui");
        assertThat(village.personOf("email:" + FRANK).language()).isEqualTo(Language.EN);
        assertThat(text(village.awaitMail(FRANK, 3))).contains("I will speak English");
        assertThat(village.subscription(FRANK)).isPresent();
        // a confirmation works once
        village.reply(language, FRANK, "Oui");
        assertThat(text(village.awaitMail(FRANK, 4))).contains("already used");
        assertThat(village.subscription(FRANK)).isPresent();
    }

    @Test
    void the_harmless_runs_at_once_and_a_voice_is_marked_unverified() throws Exception {
        village.mail(FRANK, "/aide", "");
        assertThat(text(village.awaitMail(FRANK, 1))).contains("Voici les commandes").contains("/avis");
        village.mail(FRANK, "Le banc", "Le banc de la place est cassé.");
        assertThat(text(village.awaitMail(FRANK, 2))).contains("avis n°1");

        village.console.say("ana", "/avis-liste");
        assertThat(village.console.lastReplyTo("ana")).contains("Frank (adresse non vérifiée");
        village.console.say("ana", "/avis 1");
        assertThat(village.console.lastReplyTo("ana")).contains("Frank (adresse non vérifiée").contains("banc");
    }

    @Test
    void a_stranger_is_refused_at_once_and_a_coordinator_proves_who_they_are() throws Exception {
        village.mail("stranger@example.org", "/avis-liste", "");
        assertThat(text(village.awaitMail("stranger@example.org", 1))).contains("réservé");

        village.mail(FRANK, "/avis-liste", "");
        MimeMessage asked = village.awaitMail(FRANK, 1);
        assertThat(text(asked)).contains("« /avis-liste »");
        village.reply(asked, FRANK, "");
        assertThat(text(village.awaitMail(FRANK, 2))).contains("Aucun avis");
    }
}
