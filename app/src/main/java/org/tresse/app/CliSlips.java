package org.tresse.app;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tresse.core.text.Folding;
import org.tresse.core.text.Typos;

/** A command or option name a slip away from what was typed: {@code rnu} for {@code run}, {@code --az} for {@code --as}. */
final class CliSlips {
    private CliSlips() {}

    /**
     * The closest of {@code candidates}: an edit or two away ({@link Typos}), two neighbouring letters swapped, or the only
     * one that starts with what was typed ({@code exp} for {@code export}).
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        Optional<String> typo = Typos.closest(typed, candidates);
        if (typo.isPresent()) {
            return typo;
        }
        String folded = Folding.forSearch(typed);
        Optional<String> swap = candidates.stream().filter(candidate -> swapped(folded, Folding.forSearch(candidate))).findFirst();
        if (swap.isPresent() || folded.length() < 3) {
            return swap;
        }
        List<String> started = candidates.stream().filter(candidate -> Folding.forSearch(candidate).startsWith(folded)).distinct().toList();
        return started.size() == 1 ? Optional.of(started.get(0)) : Optional.empty();
    }

    /** Whether {@code first} is {@code second} with two neighbouring letters swapped. */
    static boolean swapped(String first, String second) {
        if (first.length() != second.length() || first.length() < 2) {
            return false;
        }
        int at = 0;
        while (at < first.length() && first.charAt(at) == second.charAt(at)) {
            at++;
        }
        return at < first.length() - 1 && first.charAt(at) == second.charAt(at + 1) && first.charAt(at + 1) == second.charAt(at)
                && first.substring(at + 2).equals(second.substring(at + 2));
    }
}
