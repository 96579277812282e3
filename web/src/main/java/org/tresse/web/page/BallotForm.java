package org.tresse.web.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tresse.core.i18n.Texts;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollLimits;
import org.tresse.web.channel.WebIntake;
import org.tresse.web.http.WebRequest;

/**
 * A ballot form read back as the {@code /vote} command the chat would send, built only from
 * option numbers and grade words: nothing typed reaches the command line but a consultation's
 * answer, which goes on lines of its own ({@link WebIntake}).
 */
final class BallotForm {
    /** Grade words the vote parser reads, best first. */
    private static final List<String> GRADES = List.of("excellent", "tb", "bien", "ab", "passable", "insuffisant", "rejeter");

    private BallotForm() {}

    /** The command, or the problem to show beside the poll. */
    static Result read(Texts t, Poll poll, WebRequest request) {
        int count = poll.options().size();
        switch (poll.kind()) {
            case PROPOSAL, SINGLE -> {
                List<Integer> chosen = numbers(request.formValues("choix"), count);
                if (chosen.size() != 1) {
                    return Result.problem(t.get(chosen.isEmpty() ? "bulletin.erreur.aucun" : "bulletin.erreur.un.seul"));
                }
                return Result.command("/vote " + poll.key() + " " + chosen.get(0));
            }
            case MULTIPLE -> {
                List<Integer> chosen = numbers(request.formValues("choix"), count);
                int max = poll.rules().maxSelections() == 0 ? count : poll.rules().maxSelections();
                if (chosen.isEmpty()) {
                    return Result.problem(t.get("bulletin.erreur.aucun"));
                }
                if (chosen.size() > max) {
                    return Result.problem(t.get("bulletin.erreur.trop", max, chosen.size()));
                }
                return Result.command("/vote " + poll.key() + " " + String.join(",", chosen.stream().map(String::valueOf).toList()));
            }
            case DATES -> {
                // the dates ticked suit (oui), the others do not; none ticked says no date suits
                List<Integer> chosen = numbers(request.formValues("choix"), count);
                List<String> words = chosen.isEmpty() ? Collections.nCopies(count, "non") : chosen.stream().map(String::valueOf).toList();
                return Result.command("/vote " + poll.key() + " " + String.join(" ", words));
            }
            case RANKED -> {
                Map<Integer, List<Integer>> byRank = new TreeMap<>();
                for (int option = 1; option <= count; option++) {
                    Optional<Integer> rank = number(request.form("rang-" + option).orElse(""), count);
                    int chosen = option;
                    rank.ifPresent(value -> byRank.computeIfAbsent(value, any -> new ArrayList<>()).add(chosen));
                }
                if (byRank.isEmpty()) {
                    return Result.problem(t.get("bulletin.erreur.classement"));
                }
                List<String> groups = new ArrayList<>();
                byRank.values().forEach(tied -> groups.add(String.join("=", tied.stream().map(String::valueOf).toList())));
                return Result.command("/vote " + poll.key() + " " + String.join(">", groups));
            }
            case JUDGMENT -> {
                List<String> grades = new ArrayList<>();
                for (int option = 1; option <= count; option++) {
                    String value = request.form("mention-" + option).orElse("");
                    if (value.matches("[0-6]")) {
                        grades.add(option + "=" + GRADES.get(Integer.parseInt(value)));
                    }
                }
                if (grades.isEmpty()) {
                    return Result.problem(t.get("bulletin.erreur.mention"));
                }
                return Result.command("/vote " + poll.key() + " " + String.join(" ", grades));
            }
            default -> {
                String text = request.form("reponse").orElse("");
                Optional<String> problem = Answers.problem(t, text, PollLimits.MAX_ANSWER_TEXT);
                return problem.map(Result::problem).orElseGet(() -> Result.command(WebIntake.answerText(poll.key(), text.strip())));
            }
        }
    }

    private static List<Integer> numbers(List<String> values, int count) {
        List<Integer> numbers = new ArrayList<>();
        for (String value : values) {
            number(value, count).filter(number -> !numbers.contains(number)).ifPresent(numbers::add);
        }
        return numbers;
    }

    private static Optional<Integer> number(String value, int max) {
        if (!value.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(value);
        return number >= 1 && number <= max ? Optional.of(number) : Optional.empty();
    }

    /** A command to send, or a problem to show. */
    record Result(Optional<String> command, Optional<String> problem) {
        static Result command(String text) {
            return new Result(Optional.of(text), Optional.empty());
        }

        static Result problem(String text) {
            return new Result(Optional.empty(), Optional.of(text));
        }
    }

    /** Whether the kind is a consultation (text) rather than options. */
    static boolean isText(Poll poll) {
        return poll.kind() == PollKind.CONSULTATION;
    }
}
