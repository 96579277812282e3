package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * Issue 12, items 2 and 3: a secret poll's results are hidden until close unless asked; a live
 * tally of a secret poll moves only in batches, so a resident who asks after every vote learns
 * nobody's; and the ballot table's storage order follows no vote.
 */
@StoreTest
class SecretTallyTest {
    private static final Pattern LINE = Pattern.compile("(\\d)\\. (rouge|vert|bleu) — (\\d+) voix");
    private static final int VOTERS = 20;

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private TestTresse tresse;
    private MemoryChannel console;

    @BeforeEach
    void start() {
        tresse = Village.build(db.database());
        console = tresse.channel("console");
        console.say("ana", "/moi");
        List<String> names = new ArrayList<>(List.of("ana"));
        for (int voter = 1; voter <= 30; voter++) {
            names.add("v" + voter);
        }
        Village.members(tresse, names.toArray(String[]::new));
    }

    @Test
    void a_secret_poll_shows_its_results_at_close_unless_asked() {
        console.say("ana", "/sondage \"Quelle couleur ?\" rouge vert bleu --secret");
        assertThat(console.repliesTo("ana")).anyMatch(reply -> reply.contains("résultats cachés jusqu’à la clôture"));
        console.say("v1", "/vote 1 vert");
        console.say("curieux", "/resultats 1");
        assertThat(console.lastReplyTo("curieux")).contains("seront publiés à la clôture").contains("1 vote(s)").doesNotContain("vert");

        console.say("ana", "/sondage \"Et le toit ?\" rouge vert bleu --secret --resultats-en-direct");
        assertThat(console.lastReplyTo("ana")).contains("sondage n°2");
        console.say("curieux", "/resultats 2");
        assertThat(console.lastReplyTo("curieux")).contains("Résultats provisoires").contains("par paquets d’au moins 3 votant·es");

        console.say("ana", "/sondage \"Et la porte ?\" rouge vert --secret --resultats-caches --resultats-en-direct");
        assertThat(console.lastReplyTo("ana")).startsWith("Choisissez : --resultats-caches");
    }

    @Test
    void a_resident_who_asks_after_every_vote_can_pin_no_vote_on_anyone() {
        console.say("ana", "/sondage \"Quelle couleur ?\" rouge vert bleu --secret --resultats-en-direct");
        List<int[]> seen = new ArrayList<>();
        List<Instant> seenAt = new ArrayList<>();
        for (int voter = 1; voter <= VOTERS; voter++) {
            tresse.advance(Duration.ofMinutes(2));
            console.say("v" + voter, "/vote 1 " + List.of("rouge", "vert", "bleu").get(voter % 3));
            if (voter % 4 == 0) {
                console.say("v" + (voter - 1), "/vote 1 bleu"); // a change of mind, in the same minute
            }
            console.say("curieux", "/resultats 1");
            seen.add(counts(console.lastReplyTo("curieux")));
            seenAt.add(tresse.clock().instant());
        }
        int moves = 0;
        Instant lastMove = null;
        for (int index = 1; index < seen.size(); index++) {
            int changed = distance(seen.get(index - 1), seen.get(index));
            if (changed == 0) {
                continue;
            }
            moves++;
            assertThat(changed).as("votes behind a move of the tally after vote %d", index + 1).isGreaterThanOrEqualTo(3);
            if (lastMove != null) {
                assertThat(Duration.between(lastMove, seenAt.get(index))).isGreaterThanOrEqualTo(Duration.ofMinutes(15));
            }
            lastMove = seenAt.get(index);
        }
        assertThat(moves).as("the tally does move, in batches").isGreaterThanOrEqualTo(2);
        console.say("ana", "/clore 1");
        assertThat(counts(console.lastReplyTo("ana"))).satisfies(total -> assertThat(total[0] + total[1] + total[2]).isEqualTo(VOTERS));
    }

    @Test
    void a_group_rooms_tally_of_a_secret_poll_is_posted_in_batches_only() {
        groupTallyInBatches(Village.build(db.another(), MutableClock.atVillageMorning(), Village.EDITABLE));
    }

    private void groupTallyInBatches(TestTresse group) {
        MemoryChannel telegram = group.channel("telegram");
        group.channel("console").say("ana", "/sondage \"Fête secrète ?\" --groupe cafe --public --secret --resultats-en-direct");
        assertThat(group.channel("console").lastReplyTo("ana")).contains("C’est ouvert : sondage n°1");
        int inRoom = telegram.repliesTo("cafe-room").size();
        for (int voter = 1; voter <= 6; voter++) {
            group.advance(Duration.ofMinutes(1));
            telegram.press("cafe-room", RoomKind.GROUP, "9" + voter, "v:1:" + (voter % 2 + 1));
            assertThat(telegram.lastReplyTo("9" + voter)).contains("vote secret");
        }
        assertThat(telegram.repliesTo("cafe-room")).as("no tally before a batch is due").hasSize(inRoom);
        group.advance(Duration.ofMinutes(10));
        assertThat(telegram.repliesTo("cafe-room")).hasSize(inRoom + 1);
        assertThat(telegram.repliesTo("cafe-room").get(inRoom)).contains("Pour : 3 · Contre : 3").contains("par paquets");

        group.advance(Duration.ofMinutes(1));
        telegram.press("cafe-room", RoomKind.GROUP, "97", "v:1:1");
        telegram.press("cafe-room", RoomKind.GROUP, "98", "v:1:1");
        group.advance(Duration.ofMinutes(30));
        assertThat(telegram.repliesTo("cafe-room")).as("two votes are not a batch").hasSize(inRoom + 1);
    }

    @Test
    void ballot_rows_are_stored_in_no_order_of_the_votes() {
        console.say("ana", "/sondage \"Quelle couleur ?\" rouge vert bleu --secret");
        List<String> arrival = new ArrayList<>();
        for (int voter = 1; voter <= 30; voter++) {
            Set<String> before = new HashSet<>(rowKeys("select voter_key from ballot where poll_id = 1"));
            console.say("v" + voter, "/vote 1 rouge");
            Set<String> after = new HashSet<>(rowKeys("select voter_key from ballot where poll_id = 1"));
            after.removeAll(before);
            arrival.add(after.iterator().next());
        }
        // by their key, the order H2 stores them in (its _rowid_ is the bigint primary key); PostgreSQL's heap keeps
        // the order of inserts whatever the key (DESIGN, storage): the rows are sealed until the close shuffles them
        List<String> stored = rowKeys("select voter_key from ballot where poll_id = 1 order by row_id");
        assertThat(stored).containsExactlyInAnyOrderElementsOf(arrival).isNotEqualTo(arrival);
        // the share of pairs of rows stored in the order their votes came: 1.0 for receipt order, about 0.5 for none
        int concordant = 0;
        int pairs = 0;
        for (int first = 0; first < arrival.size(); first++) {
            for (int second = first + 1; second < arrival.size(); second++) {
                pairs++;
                if (stored.indexOf(arrival.get(first)) < stored.indexOf(arrival.get(second))) {
                    concordant++;
                }
            }
        }
        assertThat((double) concordant / pairs).isBetween(0.15, 0.85);
    }

    private List<String> rowKeys(String sql) {
        return tresse.core().database().inTransaction(handle -> handle.list(sql, row -> row.getString(1)));
    }

    private static int[] counts(String reply) {
        int[] counts = new int[3];
        Matcher line = LINE.matcher(reply);
        while (line.find()) {
            counts[Integer.parseInt(line.group(1)) - 1] = Integer.parseInt(line.group(3));
        }
        return counts;
    }

    private static int distance(int[] before, int[] after) {
        int distance = 0;
        for (int option = 0; option < before.length; option++) {
            distance += Math.abs(after[option] - before[option]);
        }
        return distance;
    }
}
