package org.tresse.core.event;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A place events happen at, from {@code tresse.yml}: La Vayssade, rue du Paradis…
 *
 * @param capacity how many people it holds, if said: an event there takes no more answers "yes"
 */
public record Place(String name, Optional<String> address, OptionalInt capacity) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(capacity, "capacity");
    }

    public static Place named(String name) {
        return new Place(name, Optional.empty(), OptionalInt.empty());
    }

    /** What a calendar's LOCATION says: the name, and the address if known (the address alone when it starts with the name). */
    public String location() {
        return address.map(street -> org.tresse.core.text.Folding.forSearch(street).startsWith(org.tresse.core.text.Folding.forSearch(name))
                ? street : name + ", " + street).orElse(name);
    }
}
