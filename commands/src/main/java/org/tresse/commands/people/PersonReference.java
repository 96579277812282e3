package org.tresse.commands.people;

import org.tresse.commands.CommandCall;
import org.tresse.core.message.Identity;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;

/** How a command names a person: {@code #12} (their number, shown by /moi) or an identity {@code telegram:123}. */
public final class PersonReference {
    private static final int MAX_DIGITS = 12;
    private PersonReference() {}

    public static Person resolve(CommandCall call, People people, String reference) {
        if (reference.startsWith("#") && reference.length() > 1 && reference.substring(1).chars().allMatch(Character::isDigit)) {
            String digits = reference.substring(1);
            // a number too long for anybody's (or in other digits than 0-9) is nobody's
            if (digits.length() > MAX_DIGITS || !digits.chars().allMatch(digit -> digit >= '0' && digit <= '9')) {
                throw call.fail("personne.inconnue", reference);
            }
            long id = Long.parseLong(digits);
            return people.find(call.handle(), id).orElseThrow(() -> call.fail("personne.inconnue", reference));
        }
        Identity identity;
        try {
            identity = Identity.parse(reference);
        } catch (IllegalArgumentException e) {
            throw call.fail("personne.format", reference);
        }
        return people.findByIdentity(call.handle(), identity).orElseThrow(() -> call.fail("personne.inconnue", reference));
    }
}
