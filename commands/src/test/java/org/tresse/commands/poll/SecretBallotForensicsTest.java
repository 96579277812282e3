package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.message.Identity;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Database;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestTresse;

/**
 * Issue 12, items 1 and 3, tested the way the attacker did: an H2 file database on disk, a secret
 * poll of 20 voters (some change their vote, some withdraw and vote again), closed; then the raw
 * bytes of {@code tresse.mv.db}, every key file of the data directory and the DEBUG logs are
 * searched for anything that joins a person to a choice.
 */
class SecretBallotForensicsTest {
    private static final List<String> COLOURS = List.of("rouge", "vert", "bleu");
    private static final int VOTERS = 20;

    @TempDir
    Path dataDirectory;

    private Database database;
    private TestTresse tresse;
    private MemoryChannel console;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger tresseLogger = (Logger) LoggerFactory.getLogger("org.tresse");
    private Level levelBefore;

    @BeforeEach
    void start() {
        levelBefore = tresseLogger.getLevel();
        tresseLogger.setLevel(Level.DEBUG);
        logs.start();
        tresseLogger.addAppender(logs);
        database = Database.open("jdbc:h2:file:" + dataDirectory.resolve("tresse"), "sa", "", List.of());
        tresse = Village.build(database, MutableClock.atVillageMorning(), ChannelCapabilities.plainText(),
                SecretBallotKey.inDirectory(dataDirectory));
        console = tresse.channel("console");
        console.say("ana", "/moi");
        List<String> names = new ArrayList<>(List.of("ana"));
        for (int voter = 1; voter <= VOTERS; voter++) {
            names.add(voter(voter));
        }
        Village.members(tresse, names.toArray(String[]::new));
    }

    @AfterEach
    void stop() {
        tresseLogger.detachAppender(logs);
        tresseLogger.setLevel(levelBefore);
        database.close();
    }

    @Test
    void after_the_close_nothing_in_the_file_the_keys_or_the_logs_joins_a_voter_to_a_choice() throws Exception {
        console.say("ana", "/sondage \"Quelle couleur pour la façade ?\" rouge vert bleu --secret");
        castVotes(1);
        console.say("ana", "/clore 1");
        assertThat(console.lastReplyTo("ana")).contains("Résultat du sondage n°1").contains("Participation : 20 sur 21");

        SecretBallotKey master = RawFileAttack.keyFile(dataDirectory.resolve(SecretBallotKey.FILE_NAME));
        RawFileAttack attack = RawFileAttack.on(dataDirectory.resolve("tresse.mv.db"));
        List<Long> persons = persons();
        Map<Long, java.util.List<RawFileAttack.Link>> links = attack.links(master, 1, persons);
        for (SecretBallotKey other : otherKeysOnDisk()) {
            links.putAll(attack.links(other, 1, persons));
        }
        assertThat(RawFileAttack.linkedPersons(links)).as("voters whose choice the raw file gives away").isZero();
        assertThat(links).as("voters whose ballot row the raw file names").isEmpty();
        assertThat(logLines()).as("log lines that name a voter's row, or a voter and a colour")
                .noneMatch(line -> names(line) && COLOURS.stream().anyMatch(line::contains))
                .noneMatch(line -> persons.stream().anyMatch(person -> line.contains(master.voterKey(1, person))));
    }

    @Test
    void the_same_scan_finds_the_voters_of_a_poll_sealed_by_the_ballot_key_itself() throws Exception {
        // a poll opened before polls had keys of their own: its rows were sealed by ballot.key,
        // and no close can erase the stale pages. This is what the scan above would find.
        console.say("ana", "/sondage \"Quelle couleur pour la façade ?\" rouge vert bleu --secret");
        database.useTransaction(handle -> handle.update("update poll set ballot_key = null where id = 1"));
        castVotes(1);
        console.say("ana", "/clore 1");

        SecretBallotKey master = RawFileAttack.keyFile(dataDirectory.resolve(SecretBallotKey.FILE_NAME));
        Map<Long, List<RawFileAttack.Link>> links = RawFileAttack.on(dataDirectory.resolve("tresse.mv.db")).links(master, 1, persons());
        assertThat(RawFileAttack.linkedPersons(links)).as("voters whose choice the raw file gives away").isEqualTo(VOTERS);
        List<Long> persons = persons();
        for (int voter = 1; voter <= VOTERS; voter++) {
            // the latest ballot opened beside a voter's row key is their final choice
            String latest = links.get(persons.get(voter - 1)).stream().map(RawFileAttack.Link::answer).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.comparingLong(answer -> Long.parseLong(answer.substring(answer.indexOf('|') + 1))))
                    .orElseThrow();
            assertThat(latest).startsWith(finalChoice(voter) + "|");
        }
    }

    /** Every voter votes; five change their mind, three withdraw and vote again. */
    private void castVotes(int poll) {
        for (int voter = 1; voter <= VOTERS; voter++) {
            tresse.clock().advance(java.time.Duration.ofSeconds(5));
            console.say(voter(voter), "/vote " + poll + " " + COLOURS.get(voter % 3));
            assertThat(console.lastReplyTo(voter(voter))).contains("vote secret").contains("enregistré");
        }
        for (int voter = 1; voter <= 5; voter++) {
            tresse.clock().advance(java.time.Duration.ofSeconds(5));
            console.say(voter(voter), "/vote " + poll + " " + COLOURS.get((voter + 1) % 3));
            assertThat(console.lastReplyTo(voter(voter))).contains("est changé");
        }
        for (int voter = 6; voter <= 8; voter++) {
            tresse.clock().advance(java.time.Duration.ofSeconds(5));
            console.say(voter(voter), "/vote " + poll + " retirer");
            console.say(voter(voter), "/vote " + poll + " " + COLOURS.get((voter + 2) % 3));
        }
    }

    private static int finalChoice(int voter) {
        return voter <= 5 ? (voter + 1) % 3 : voter <= 8 ? (voter + 2) % 3 : voter % 3;
    }

    private List<SecretBallotKey> otherKeysOnDisk() throws Exception {
        List<SecretBallotKey> keys = new ArrayList<>();
        Path pollKeys = dataDirectory.resolve("ballot-keys");
        if (Files.isDirectory(pollKeys)) {
            try (Stream<Path> files = Files.list(pollKeys)) {
                List<Path> left = files.toList();
                assertThat(left).as("poll keys left after the close").isEmpty();
            }
        }
        return keys;
    }

    private List<Long> persons() {
        List<Long> persons = new ArrayList<>();
        for (int voter = 1; voter <= VOTERS; voter++) {
            String name = voter(voter);
            persons.add(database.inTransaction(handle -> tresse.core().people()
                    .findByIdentity(handle, new Identity("console", name)).orElseThrow().id()));
        }
        return persons;
    }

    private boolean names(String line) {
        for (int voter = 1; voter <= VOTERS; voter++) {
            if (line.contains(voter(voter))) {
                return true;
            }
        }
        return false;
    }

    private List<String> logLines() {
        return logs.list.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage())).toList();
    }

    private static String voter(int number) {
        return String.format("votant%02d", number);
    }
}
