package org.tresse.commands.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Button;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.core.message.RoomKind;
import org.tresse.core.people.Role;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * The router's one rule for senders a channel does not vouch for: the harmless runs, the rest
 * waits for a one-use token that only the sender's own address received.
 */
@StoreTest
class UnverifiedSenderTest {
    private static final String FRANK = "frank@example.org";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private TestTresse tresse;
    private MemoryChannel email;

    @BeforeEach
    void start() {
        tresse = WithCommands.tresse(db.database()).channels("console", "email").bootstrapAdminChannel(null)
                .setup(core -> core.database().useTransaction(handle -> core.people().grant(handle,
                        core.people().resolve(handle, new Identity("email", FRANK), "Frank").id(), Role.COORDINATOR,
                        Optional.empty())))
                .build();
        email = tresse.channel("email");
    }

    /** What an email nothing authenticates looks like to the core. */
    private void unverified(String from, String text) {
        email.receive(new Inbound("email", email.nextEventId(), from, RoomKind.PRIVATE, new Identity("email", from), from,
                new Payload.Text(text), Optional.empty(), false));
    }

    /** A reply to the personal address of the confirmation: the connector presses its button, verified. */
    private void press(String from, String data, boolean verified) {
        email.receive(new Inbound("email", email.nextEventId(), from, RoomKind.PRIVATE, new Identity("email", from), from,
                new Payload.ButtonPress(data), Optional.empty(), verified));
    }

    private Button confirmationButton() {
        Delivered last = email.delivered().get(email.delivered().size() - 1);
        assertThat(last.content().buttons()).hasSize(1);
        return last.content().buttons().get(0).get(0);
    }

    private Optional<Language> language() {
        return db.database().inTransaction(handle -> tresse.core().people()
                .findByIdentity(handle, new Identity("email", FRANK)).map(person -> Optional.ofNullable(person.language())))
                .orElseThrow();
    }

    @Test
    void a_setting_waits_for_the_button_that_only_the_address_received() {
        unverified(FRANK, "/langue en");
        assertThat(email.lastReplyTo(FRANK)).contains("« /langue en »").contains("/valider ");
        Button button = confirmationButton();
        assertThat(button.data()).startsWith(ConfirmationFeature.BUTTON_PREFIX);
        assertThat(language()).isEmpty();

        press("mallory@example.org", button.data(), true);
        assertThat(email.lastReplyTo("mallory@example.org")).contains("inconnue");
        press(FRANK, button.data(), false);
        assertThat(language()).isEmpty();

        press(FRANK, button.data(), true);
        assertThat(language()).hasValue(Language.EN);
        assertThat(email.lastReplyTo(FRANK)).contains("I will speak English");
        press(FRANK, button.data(), true);
        assertThat(email.lastReplyTo(FRANK)).contains("already used");
    }

    @Test
    void the_typed_token_is_the_proof_once_and_a_refused_command_uses_it_up() {
        unverified(FRANK, "/lier ABC234 oui");
        String token = email.lastReplyTo(FRANK).replaceAll("(?s).*/valider ([a-z2-7]{16}).*", "$1");
        unverified("mallory@example.org", "/valider " + token);
        assertThat(email.lastReplyTo("mallory@example.org")).contains("inconnue");

        unverified(FRANK, "/valider " + token.toUpperCase());
        assertThat(email.lastReplyTo(FRANK)).contains("Le code ABC234 est inconnu");
        unverified(FRANK, "/valider " + token);
        assertThat(email.lastReplyTo(FRANK)).contains("inconnue, déjà utilisée ou expirée");
    }

    @Test
    void a_confirmation_expires_and_harmless_commands_need_none() {
        unverified(FRANK, "/desabonner");
        Button button = confirmationButton();
        tresse.clock().advance(Duration.ofHours(49));
        press(FRANK, button.data(), true);
        assertThat(email.lastReplyTo(FRANK)).contains("expirée");

        unverified(FRANK, "/moi");
        assertThat(email.lastReplyTo(FRANK)).contains("Vous êtes Frank");
        unverified(FRANK, "/lier");
        assertThat(email.lastReplyTo(FRANK)).contains("Votre code de liaison");
        unverified(FRANK, "/aide\n\nMerci !\nFrank");
        assertThat(email.lastReplyTo(FRANK)).contains("Voici les commandes");
        unverified("inconnu@example.org", "/role #1 admin");
        assertThat(email.lastReplyTo("inconnu@example.org")).contains("réservé");
    }

    @Test
    void an_unvouched_press_votes_for_nobody() {
        press(FRANK, "v:1:1", false);
        assertThat(email.lastReplyTo(FRANK)).contains("n’a pas été pris en compte");
    }
}
