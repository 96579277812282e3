package org.tresse.core.poll.tally;

/**
 * Reads encoded ballots ({@code org.tresse.core.poll.Answer#encode()}) without building objects:
 * a tally of 100,000 ballots reads them all, and allocation is what costs.
 */
final class Encoded {
    private Encoded() {}

    /** Adds {@code weight} to each option listed in {@code 0,3,5}. */
    static void addChoices(String encoded, int[] counts, int weight) {
        int option = -1;
        for (int index = 0; index < encoded.length(); index++) {
            char character = encoded.charAt(index);
            if (character == ',') {
                counts[option] += weight;
                option = -1;
            } else {
                option = (option < 0 ? 0 : option * 10) + (character - '0');
            }
        }
        if (option >= 0) {
            counts[option] += weight;
        }
    }

    /**
     * Reads a ranking {@code 2>0=3>1} into {@code sequence} (the ranked options, best first:
     * 2, 0, 3, 1) and {@code groupEnd} (for each position, where its group of tied options ends:
     * 1, 3, 3, 4); adds {@code weight} to the first preferences of the top group. Returns how many
     * options are ranked.
     */
    static int sequence(String encoded, int[] sequence, int[] groupEnd, int[] firstPreferences, int weight) {
        int count = 0;
        int groupStart = 0;
        int option = -1;
        for (int index = 0; index <= encoded.length(); index++) {
            char character = index < encoded.length() ? encoded.charAt(index) : '>';
            if (character == '>' || character == '=') {
                if (option >= 0) {
                    sequence[count++] = option;
                    if (groupStart == 0) {
                        firstPreferences[option] += weight;
                    }
                }
                option = -1;
                if (character == '>') {
                    for (int position = groupStart; position < count; position++) {
                        groupEnd[position] = count;
                    }
                    groupStart = count;
                }
            } else {
                option = (option < 0 ? 0 : option * 10) + (character - '0');
            }
        }
        return count;
    }
}
