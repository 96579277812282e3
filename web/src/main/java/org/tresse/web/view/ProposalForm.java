package org.tresse.web.view;

import java.util.List;

/**
 * The partners' form {@code /evenements/proposer}: the partner associations to choose from, the
 * places known (suggested), and what was typed with its errors.
 */
public record ProposalForm(FormState form, List<Choice> partners, List<String> places) {
    public ProposalForm {
        partners = List.copyOf(partners);
        places = List.copyOf(places);
    }

    /** A partner association in the list. */
    public record Choice(String id, String name, boolean selected) {}
}
