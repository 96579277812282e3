package org.tresse.config;

import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * A place where events happen: {@code /evenement ... --lieu "La Vayssade"} names it.
 *
 * @param name     as people write it in commands (case and accents are ignored there)
 * @param address  what calendars show after the name, or null
 * @param capacity how many people it holds, or null: an event there takes no more "yes" than that
 */
public record PlaceSettings(String name, String address, Integer capacity) {
    public static final int MAX_CAPACITY = 10_000;

    public PlaceSettings {
        name = Checks.required(name, "name", "name: La Vayssade");
        if (name.length() > 200) {
            throw new InvalidField("name", "le nom du lieu fait plus de 200 caractères : raccourcissez-le.",
                    "the place's name is over 200 characters: shorten it.");
        }
        address = Checks.trimToNull(address);
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw new InvalidField("capacity",
                    "le nombre de places va de 1 à " + MAX_CAPACITY + ", par exemple capacity: 40 ; sans limite, supprimez la ligne.",
                    "the number of places goes from 1 to " + MAX_CAPACITY + ", for example capacity: 40; for no limit, remove the line.");
        }
    }
}
