package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
import org.tresse.core.message.PollPresentation;
import org.tresse.core.people.Role;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * Ballots by email: persons reached by email get the poll in private with its presentation (the
 * email connector makes it a ballot answered by reply), reminders by email carry it too.
 */
@StoreTest
class EmailBallotTest {
    private static final String LEA = "lea@example.org";
    private static final String BOB = "bob@example.org";
    private static final String CHLOE = "chloe@example.org";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private TestTresse tresse;
    private MemoryChannel console;
    private MemoryChannel email;

    @BeforeEach
    void village() {
        tresse = WithCommands.tresse(db.database())
                .clock(MutableClock.atVillageMorning())
                .channels("console", "email")
                .setup(core -> core.database().useTransaction(handle -> {
                    if (core.groups().find(handle, "cafe").isEmpty()) {
                        core.groups().define(handle, new Group("cafe", "Café associatif", true));
                        core.groups().attachRoom(handle, "console", "cafe-room", "cafe");
                    }
                }))
                .build();
        console = tresse.channel("console");
        email = tresse.channel("email");
        console.say("ana", "/moi");
        Village.members(tresse, "ana", "bob", "chloe");
        email.say(LEA, "/moi");
        member(new Identity("email", LEA));
        link("bob", BOB);
        link("chloe", CHLOE);
        later();
        console.sayIn("cafe-room", "bob", "Bonjour à tous");
        later();
        email.say(CHLOE, "/moi");
        later();
        for (String person : List.of("ana", "bob", "chloe")) {
            join(new Identity("console", person));
        }
        join(new Identity("email", LEA));
        email.clear();
        console.clear();
    }

    @Test
    void a_person_known_only_by_email_gets_a_ballot_with_the_poll() {
        console.say("ana", "/sondage \"Date de l’AG ?\" \"12 avril\" \"19 avril\" --groupe cafe");

        List<Delivered> ballots = ballotsTo(LEA);
        assertThat(ballots).hasSize(1);
        assertThat(ballots.get(0).text()).contains("Sondage n°1").contains("Date de l’AG ?").contains("12 avril");
        PollPresentation poll = ballots.get(0).content().poll();
        assertThat(poll.key()).isEqualTo("1");
        assertThat(poll.options()).containsExactly("12 avril", "19 avril");
        assertThat(poll.closed()).isFalse();
        assertThat(Village.count(tresse, "select count(*) from outbox where correlation = 'poll:1:ballot' and recipient = '" + LEA + "'"))
                .isEqualTo(1);
    }

    @Test
    void those_the_rooms_reach_get_no_ballot_and_those_who_wrote_last_by_email_do() {
        console.say("ana", "/sondage \"Date de l’AG ?\" \"12 avril\" \"19 avril\" --groupe cafe");

        assertThat(console.lastReplyTo("cafe-room")).contains("Sondage n°1");
        assertThat(ballotsTo(BOB)).isEmpty();
        assertThat(email.delivered()).noneMatch(message -> message.to().equals(BOB));
        assertThat(ballotsTo(CHLOE)).hasSize(1);
        assertThat(console.delivered()).noneMatch(message -> message.to().equals("chloe") || message.to().equals("bob"));
        assertThat(Village.count(tresse, "select count(*) from outbox where correlation = 'poll:1:ballot'")).isEqualTo(2);
    }

    @Test
    void a_secret_ballot_is_sent_too_but_a_public_poll_has_no_list_of_voters() {
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\" --public");
        assertThat(email.delivered()).isEmpty();

        console.say("ana", "/sondage \"Élire la trésorière\" Lise Marc --secret");
        List<Delivered> ballots = ballotsTo(LEA);
        assertThat(ballots).hasSize(1);
        assertThat(ballots.get(0).content().poll().key()).isEqualTo("2");
        assertThat(ballots.get(0).content().poll().secret()).isTrue();
    }

    @Test
    void a_reminder_by_email_carries_the_poll_and_a_reply_records_the_vote() {
        console.say("ana", "/sondage \"Acheter un four à pain ?\" --jusqua 3j --rappel 24h");
        email.clear();
        tresse.advance(Duration.ofHours(49));

        List<Delivered> reminders = email.delivered().stream()
                .filter(message -> message.to().equals(LEA) && message.text().contains("Rappel")).toList();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).content().poll()).isNotNull();
        assertThat(reminders.get(0).content().poll().key()).isEqualTo("1");
        assertThat(reminders.get(0).content().poll().closed()).isFalse();
        assertThat(console.repliesTo("ana")).filteredOn(text -> text.startsWith("Rappel :")).hasSize(1);
        assertThat(console.delivered()).filteredOn(message -> message.to().equals("ana") && message.text().startsWith("Rappel :"))
                .allMatch(message -> message.content().poll() == null);

        email.say(LEA, "/vote 1 pour");
        assertThat(email.lastReplyTo(LEA)).contains("pour");
        assertThat(Village.count(tresse, "select count(*) from ballot")).isEqualTo(1);
    }

    private List<Delivered> ballotsTo(String address) {
        return email.delivered().stream()
                .filter(message -> message.to().equals(address) && message.content().poll() != null)
                .toList();
    }

    private void link(String consoleUser, String address) {
        console.say(consoleUser, "/lier");
        String code = console.lastReplyTo(consoleUser).replaceAll("(?s).*code de liaison : ([A-Z0-9]{6}).*", "$1");
        email.say(address, "/lier " + code);
        email.say(address, "/lier " + code + " oui");
    }

    private void member(Identity identity) {
        tresse.core().database().useTransaction(handle -> {
            long id = tresse.core().people().resolve(handle, identity, identity.id()).id();
            tresse.core().people().grant(handle, id, Role.MEMBER, Optional.empty());
        });
    }

    private void join(Identity identity) {
        tresse.core().database().useTransaction(handle ->
                tresse.core().groups().join(handle, tresse.core().people().resolve(handle, identity, identity.id()).id(), "cafe"));
    }

    private void later() {
        tresse.advance(Duration.ofMinutes(1));
    }
}
