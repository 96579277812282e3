package org.tresse.core.poll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tresse.core.engine.UserError;

/**
 * Reads a date poll's answer: the dates that suit ({@code 1 3}: oui for those, non for the
 * others), each date's answer ({@code 1=oui 2="si besoin" 3=non}), or one answer per date in
 * order ({@code oui "si besoin" non}).
 */
final class DatesReader {
    private DatesReader() {}

    static Answer.Dates read(AnswerParser parser, String whole) {
        Poll poll = parser.poll();
        List<String> words = joined(new ArrayList<>(Arrays.asList(whole.replace(",", " ").replace(";", " ").strip().split("\\s+"))));
        if (whole.contains("=")) {
            return pairs(parser, words);
        }
        List<Optional<Availability>> answers = words.stream().map(Availability::parse).toList();
        if (answers.stream().allMatch(Optional::isPresent)) {
            if (answers.size() != poll.options().size()) {
                throw new UserError("vote.dates.nombre", poll.key(), poll.options().size(), answers.size());
            }
            return new Answer.Dates(answers.stream().map(Optional::get).toList());
        }
        List<Integer> chosen = new ArrayList<>();
        for (String word : words) {
            int option = parser.option(word);
            if (chosen.contains(option)) {
                throw new UserError("vote.option.deux.fois", poll.options().get(option));
            }
            chosen.add(option);
        }
        return Answer.Dates.choosing(poll.options().size(), chosen);
    }

    private static Answer.Dates pairs(AnswerParser parser, List<String> words) {
        Poll poll = parser.poll();
        Availability[] dates = new Availability[poll.options().size()];
        Arrays.fill(dates, Availability.NO);
        boolean[] said = new boolean[dates.length];
        for (int index = 0; index < words.size(); index++) {
            String word = words.get(index);
            int equals = word.indexOf('=');
            String availability = equals < 0 ? "" : word.substring(equals + 1);
            if (equals >= 0 && availability.isEmpty() && index + 1 < words.size()) {
                availability = words.get(++index);
            }
            if (equals <= 0 || availability.isEmpty()) {
                throw new UserError("vote.dates.format", poll.key());
            }
            int option = parser.option(word.substring(0, equals));
            String written = availability;
            if (said[option]) {
                throw new UserError("vote.option.deux.fois", poll.options().get(option));
            }
            said[option] = true;
            dates[option] = Availability.parse(availability).orElseThrow(() -> new UserError("vote.dispo.inconnue", written));
        }
        return new Answer.Dates(Arrays.asList(dates));
    }

    /** "si besoin" typed without quotes becomes one word again; so does "= si besoin". */
    private static List<String> joined(List<String> words) {
        List<String> joined = new ArrayList<>();
        for (int index = 0; index < words.size(); index++) {
            String word = words.get(index);
            if (index + 1 < words.size()) {
                String value = word.contains("=") ? word.substring(word.indexOf('=') + 1) : word;
                String pair = (value + " " + words.get(index + 1)).strip();
                if (!value.isEmpty() && Availability.parse(value).isEmpty() && Availability.parse(pair).isPresent()) {
                    joined.add(word + " " + words.get(++index));
                    continue;
                }
            }
            joined.add(word);
        }
        return joined;
    }
}
