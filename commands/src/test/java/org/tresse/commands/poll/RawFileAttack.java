package org.tresse.commands.poll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tresse.core.poll.SecretBallotKey;

/**
 * What the field-trial attacker did (issue 12): with the ballot key in hand, scan the raw bytes
 * of the database file for the row key of each voter, and open the sealed answers stored beside
 * each occurrence. Knows nothing of Tresse but the key's public methods and the data on disk.
 */
final class RawFileAttack {
    /** One row key found in the file, and the answer opened beside it, if any. */
    record Link(long personId, String voterKey, String answer) {}

    private final String raw;

    private RawFileAttack(String raw) {
        this.raw = raw;
    }

    /** The file as it is on disk now: a copy taken while Tresse runs, as an intruder would. */
    static RawFileAttack on(Path databaseFile) throws IOException {
        return new RawFileAttack(new String(Files.readAllBytes(databaseFile), StandardCharsets.ISO_8859_1));
    }

    /** A key in base64 on one line (the format of {@code ballot.key}). */
    static SecretBallotKey keyFile(Path file) throws IOException {
        return SecretBallotKey.of(Base64.getDecoder().decode(Files.readString(file).strip()));
    }

    /** For each person whose row key (under {@code key}) is in the file: the answers that key opens next to it. */
    Map<Long, List<Link>> links(SecretBallotKey key, long pollId, List<Long> persons) {
        Map<Long, List<Link>> found = new HashMap<>();
        for (long person : persons) {
            String voterKey = key.voterKey(pollId, person);
            for (int at = raw.indexOf(voterKey); at >= 0; at = raw.indexOf(voterKey, at + 1)) {
                List<Link> links = found.computeIfAbsent(person, ignored -> new ArrayList<>());
                String answer = openNear(key, pollId, voterKey, at);
                if (answer != null || links.isEmpty()) {
                    links.add(new Link(person, voterKey, answer));
                }
            }
        }
        return found;
    }

    /** How many distinct persons have an answer opened beside their row key. */
    static long linkedPersons(Map<Long, List<Link>> links) {
        return links.values().stream().filter(list -> list.stream().anyMatch(link -> link.answer() != null)).count();
    }

    /** Base64 runs within a few hundred bytes of the row key, tried as sealed answers (a length byte may stick to one). */
    private String openNear(SecretBallotKey key, long pollId, String voterKey, int at) {
        int from = Math.max(0, at - 200);
        int to = Math.min(raw.length(), at + voterKey.length() + 300);
        int index = from;
        while (index < to) {
            if (!isBase64(raw.charAt(index))) {
                index++;
                continue;
            }
            int end = index;
            while (end < raw.length() && isBase64(raw.charAt(end))) {
                end++;
            }
            for (int skip = 0; skip < 4 && index + skip < end; skip++) {
                for (int length = 56; index + skip + length <= end && length <= 160; length += 4) {
                    String answer = tryOpen(key, pollId, voterKey, raw.substring(index + skip, index + skip + length));
                    if (answer != null) {
                        return answer;
                    }
                }
            }
            index = end;
        }
        return null;
    }

    private static String tryOpen(SecretBallotKey key, long pollId, String voterKey, String candidate) {
        try {
            return key.open(pollId, voterKey, candidate);
        } catch (IllegalStateException | IllegalArgumentException notThis) {
            return null;
        }
    }

    private static boolean isBase64(char character) {
        return (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9')
                || character == '+' || character == '/' || character == '=';
    }
}
