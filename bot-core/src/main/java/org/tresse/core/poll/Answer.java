package org.tresse.core.poll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What one person answered, options numbered from 0. */
public sealed interface Answer {
    /** The compact form stored in a ballot; {@link #decode} reads it back. */
    String encode();

    /** Proposal, single and multiple choice: the chosen options, ascending, no repeats. */
    record Choice(List<Integer> options) implements Answer {
        public Choice {
            options = options.stream().distinct().sorted().toList();
        }

        public static Choice of(Integer... options) {
            return new Choice(List.of(options));
        }

        @Override
        public String encode() {
            StringBuilder text = new StringBuilder();
            for (int option : options) {
                if (text.length() > 0) {
                    text.append(',');
                }
                text.append(option);
            }
            return text.toString();
        }
    }

    /** A ranking, best first; options in one group are tied; unranked options come last, tied. */
    record Ranking(List<List<Integer>> ranks) implements Answer {
        public Ranking {
            ranks = ranks.stream().map(List::copyOf).toList();
        }

        /** The rank of each of {@code optionCount} options, 0 best; unranked ones get {@code ranks().size()}. */
        public int[] rankOf(int optionCount) {
            int[] result = new int[optionCount];
            Arrays.fill(result, ranks.size());
            for (int rank = 0; rank < ranks.size(); rank++) {
                for (int option : ranks.get(rank)) {
                    result[option] = rank;
                }
            }
            return result;
        }

        @Override
        public String encode() {
            StringBuilder text = new StringBuilder();
            for (List<Integer> group : ranks) {
                if (text.length() > 0) {
                    text.append('>');
                }
                for (int index = 0; index < group.size(); index++) {
                    if (index > 0) {
                        text.append('=');
                    }
                    text.append(group.get(index));
                }
            }
            return text.toString();
        }
    }

    /** A grade per option, or none for an option left ungraded (counted as "À rejeter"). */
    record Grades(List<Grade> grades) implements Answer {
        public Grades {
            grades = java.util.Collections.unmodifiableList(new ArrayList<>(grades));
        }

        @Override
        public String encode() {
            StringBuilder text = new StringBuilder(grades.size());
            for (Grade grade : grades) {
                text.append(grade == null ? '-' : (char) ('0' + grade.rank()));
            }
            return text.toString();
        }
    }

    /** A date poll: how each date suits the person; a date left out does not suit ({@link Availability#NO}). */
    record Dates(List<Availability> dates) implements Answer {
        public Dates {
            dates = List.copyOf(dates);
        }

        /** {@code YES} for the dates chosen (numbered from 0), {@code NO} for the others. */
        public static Dates choosing(int optionCount, List<Integer> chosen) {
            List<Availability> dates = new ArrayList<>(optionCount);
            for (int option = 0; option < optionCount; option++) {
                dates.add(chosen.contains(option) ? Availability.YES : Availability.NO);
            }
            return new Dates(dates);
        }

        public Availability at(int option) {
            return option < dates.size() ? dates.get(option) : Availability.NO;
        }

        @Override
        public String encode() {
            StringBuilder text = new StringBuilder(dates.size());
            for (Availability date : dates) {
                text.append(date.code());
            }
            return text.toString();
        }
    }

    /** Reads an encoded answer of a poll of {@code kind}. */
    static Answer decode(PollKind kind, String encoded) {
        switch (kind) {
            case PROPOSAL:
            case SINGLE:
            case MULTIPLE:
                List<Integer> options = new ArrayList<>();
                if (!encoded.isEmpty()) {
                    for (String part : encoded.split(",")) {
                        options.add(Integer.parseInt(part));
                    }
                }
                return new Choice(options);
            case RANKED:
                List<List<Integer>> ranks = new ArrayList<>();
                if (!encoded.isEmpty()) {
                    for (String group : encoded.split(">")) {
                        List<Integer> tied = new ArrayList<>();
                        for (String part : group.split("=")) {
                            tied.add(Integer.parseInt(part));
                        }
                        ranks.add(tied);
                    }
                }
                return new Ranking(ranks);
            case JUDGMENT:
                List<Grade> grades = new ArrayList<>(encoded.length());
                for (int index = 0; index < encoded.length(); index++) {
                    char character = encoded.charAt(index);
                    grades.add(character == '-' ? null : Grade.ofRank(character - '0'));
                }
                return new Grades(grades);
            case DATES:
                List<Availability> dates = new ArrayList<>(encoded.length());
                for (int index = 0; index < encoded.length(); index++) {
                    dates.add(Availability.ofCode(encoded.charAt(index)));
                }
                return new Dates(dates);
            default:
                throw new IllegalArgumentException("a " + kind + " poll has no ballots");
        }
    }
}
