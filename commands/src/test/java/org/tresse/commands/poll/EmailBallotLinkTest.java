package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.commands.web.PersonalBallotLinks;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Identity;
import org.tresse.core.people.PersonalLink;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.people.Role;
import org.tresse.core.store.Handle;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * With public web pages, a ballot sent by email carries a personal link to the web ballot: for
 * that mailbox's person and that poll only, one use, until the poll closes; never for a secret poll.
 */
@StoreTest
class EmailBallotLinkTest {
    private static final String LEA = "lea@example.org";
    private static final String EMMA = "emma@example.org";
    private static final Pattern LINK = Pattern.compile("\\((https://tresse\\.example\\.org/vote/([a-z2-7]{32}))\\)");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private final MutableClock clock = MutableClock.atVillageMorning();
    private final PersonalLinks links = new PersonalLinks(clock);
    private TestTresse tresse;
    private MemoryChannel console;
    private MemoryChannel email;

    @BeforeEach
    void village() {
        tresse = WithCommands.tresse(db.database(), WithCommands.settings()
                        .withBallotLinks(new PersonalBallotLinks(links, "https://tresse.example.org/", clock)))
                .clock(clock)
                .channels("console", "email")
                .build();
        console = tresse.channel("console");
        email = tresse.channel("email");
        console.say("ana", "/moi");
        email.say(LEA, "/moi");
        email.say(EMMA, "/moi");
        member(LEA, Language.FR);
        member(EMMA, Language.EN);
        email.clear();
    }

    @Test
    void eachBallotCarriesItsPersonsOwnLinkValidOnceUntilThePollCloses() {
        console.say("ana", "/sondage \"Acheter un four à pain ?\" --jusqua 3j");
        Instant closes = tresse.core().database().inTransaction(handle -> handle.one("select closes_at from poll where id = 1",
                row -> Handle.instant(row, "closes_at"))).orElseThrow();
        assertThat(closes).isAfter(clock.instant().plus(Duration.ofDays(2)));

        String lea = ballotTo(LEA).text();
        assertThat(ballotTo(LEA).content().text()).as("a link of Tresse's markup, rendered by each channel")
                .contains("Vous pouvez aussi voter en ligne, d’un clic : [votre bulletin personnel](https://tresse.example.org/vote/");
        assertThat(lea).contains("votre bulletin personnel (https://tresse.example.org/vote/")
                .contains("jusqu’au " + Dates.dateTime(tresse.core().i18n().texts(Language.FR), closes, TestTresse.VILLAGE));
        assertThat(ballotTo(EMMA).text()).contains("You can also vote online, in one click: your personal ballot (https://");
        assertThat(ballotTo(EMMA).content().language()).as("the mail's own words around it in her language").isEqualTo(Language.EN);
        assertThat(ballotTo(LEA).content().language()).isEqualTo(Language.FR);
        PersonalLink leaLink = link(token(lea));
        PersonalLink emmaLink = link(token(ballotTo(EMMA).text()));
        assertThat(leaLink.personId()).isEqualTo(personOf(LEA)).isNotEqualTo(emmaLink.personId());
        assertThat(emmaLink.personId()).isEqualTo(personOf(EMMA));
        assertThat(leaLink.pollId()).hasValue(1L);
        assertThat(leaLink.expiresAt()).isEqualTo(closes);
        assertThat(use(token(lea), "first-form")).isTrue();
        assertThat(use(token(lea), "another-form")).as("one use").isFalse();
    }

    @Test
    void withoutADeadlineTheLinkLastsABoundedTime() {
        console.say("ana", "/sondage \"Repeindre la façade ?\"");

        PersonalLink link = link(token(ballotTo(LEA).text()));

        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(PersonalBallotLinks.WITHOUT_DEADLINE));
    }

    @Test
    void aSecretPollsBallotCarriesNoLinkAndLeavesNoTrace() {
        console.say("ana", "/sondage \"Élire la trésorière\" Lise Marc --secret --jusqua 3j");

        assertThat(ballotTo(LEA).content().poll().secret()).isTrue();
        assertThat(ballotTo(LEA).text()).doesNotContain("/vote/").doesNotContain("votre bulletin personnel");
        assertThat(Village.count(tresse, "select count(*) from personal_link")).isZero();
    }

    @Test
    void theWebIdentityAFirstLinkMakesDoesNotStopTheNextBallotsByEmail() {
        String zoe = "zoe@example.org";
        member(zoe, Language.FR); // known by her address only, she has never written
        console.say("ana", "/sondage \"Acheter un four à pain ?\" --jusqua 3j");
        assertThat(use(token(ballotTo(zoe).text()), "web-form")).isTrue();
        assertThat(Village.count(tresse, "select count(*) from identity where channel = 'web'")).isEqualTo(3);
        email.clear();

        console.say("ana", "/sondage \"Repeindre la façade ?\" --jusqua 3j");

        assertThat(link(token(ballotTo(zoe).text())).pollId()).hasValue(2L);
    }

    @Test
    void aReminderByEmailCarriesAFreshLink() {
        console.say("ana", "/sondage \"Acheter un four à pain ?\" --jusqua 3j --rappel 24h");
        String first = token(ballotTo(EMMA).text());
        email.clear();
        tresse.advance(Duration.ofHours(49));

        Delivered reminder = ballotTo(EMMA);
        assertThat(reminder.text()).startsWith("Reminder:").contains("your personal ballot");
        assertThat(token(reminder.text())).isNotEqualTo(first);
        assertThat(link(token(reminder.text())).pollId()).hasValue(1L);
    }

    private Delivered ballotTo(String address) {
        List<Delivered> ballots = email.delivered().stream()
                .filter(message -> message.to().equals(address) && message.content().poll() != null).toList();
        assertThat(ballots).as("ballots to %s", address).hasSize(1);
        return ballots.get(0);
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a personal link in %s", text).isTrue();
        return link.group(2);
    }

    private PersonalLink link(String token) {
        return tresse.core().database().inTransaction(handle -> links.find(handle, token)).orElseThrow();
    }

    private boolean use(String token, String form) {
        return tresse.core().database().inTransaction(handle -> links.use(handle, token, form));
    }

    private long personOf(String address) {
        return tresse.core().database().inTransaction(handle ->
                tresse.core().people().findByIdentity(handle, new Identity("email", address)).orElseThrow().id());
    }

    private void member(String address, Language language) {
        tresse.core().database().useTransaction(handle -> {
            long id = tresse.core().people().resolve(handle, new Identity("email", address), address).id();
            tresse.core().people().grant(handle, id, Role.MEMBER, Optional.empty());
            tresse.core().people().setLanguage(handle, id, language);
        });
    }
}
