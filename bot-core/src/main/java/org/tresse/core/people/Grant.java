package org.tresse.core.people;

import java.util.Optional;

/** A role held by a person, for the whole association or one group. */
public record Grant(Role role, Optional<String> group) {
    static final String EVERYWHERE = "*";

    static Grant of(String role, String groupSlug) {
        return new Grant(Role.valueOf(role), EVERYWHERE.equals(groupSlug) ? Optional.empty() : Optional.of(groupSlug));
    }
}
