package org.tresse.print.report.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.tresse.core.i18n.Texts;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollActivity;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.RoomVotes;
import org.tresse.core.poll.tally.Tally;
import org.tresse.core.poll.tally.Turnout;
import org.tresse.core.store.Handle;

/**
 * One poll's participation as its result counts it: the persons who answered online and the hands
 * counted in a room (a meeting's show of hands: a public number, a secret poll's too), against those
 * who could vote. A room may hold members Tresse does not know, so with a room count those who could
 * vote are at least as many as voted, as in the result: the turnout never goes above 100 %.
 *
 * @param channels where the online answers came from, most first; empty for a secret poll (never recorded)
 */
record PollParticipation(Poll poll, int online, int room, Map<String, Integer> channels, Turnout turnout) {
    /** How reports name the room among the channels ("En salle"). */
    static final String ROOM = "salle";

    PollParticipation {
        channels = Map.copyOf(channels);
    }

    static PollParticipation read(Handle handle, Polls polls, PollActivity activity, Poll poll) {
        int online = polls.voterCount(handle, poll);
        // a cancelled poll's votes are discarded: its room count too
        int room = poll.cancelled() ? 0 : polls.roomVotes(handle, poll).map(RoomVotes::voters).orElse(0);
        OptionalInt eligible = polls.eligibleCount(handle, poll);
        if (room > 0 && eligible.isPresent()) {
            eligible = OptionalInt.of(Math.max(eligible.getAsInt(), online + room));
        }
        return new PollParticipation(poll, online, room, activity.votersByChannel(handle, poll),
                Tally.turnout(online + room, poll.rules().quorum(), eligible));
    }

    int voters() {
        return turnout.voters();
    }

    /** The online answers whose channel was not recorded: all of a secret poll's, those given before channels were kept. */
    int unrecorded() {
        return Math.max(0, online - channels.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** "Telegram : 3, E-mail : 1, En salle : 5"; a secret poll's online answers without their channel. */
    String byChannel(Texts texts) {
        boolean secret = poll.rules().secret();
        if (secret && room == 0) {
            return texts.get("rapport.participation.canal.secret");
        }
        if (voters() == 0) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        channels.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> parts.add(texts.get("rapport.graphique.valeur", Wording.channel(texts, entry.getKey()), entry.getValue())));
        if (unrecorded() > 0) {
            parts.add(texts.get(secret ? "rapport.participation.canal.secret.en.ligne" : "rapport.participation.canal.inconnu", unrecorded()));
        }
        if (room > 0) {
            parts.add(texts.get("rapport.graphique.valeur", Wording.channel(texts, ROOM), room));
        }
        return String.join(", ", parts);
    }
}
