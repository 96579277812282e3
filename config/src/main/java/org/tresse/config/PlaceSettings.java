package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

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
            throw new InvalidField("name", said("config.place.nom.lieu.fait"));
        }
        address = Checks.trimToNull(address);
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw new InvalidField("capacity", said("config.place.nombre.places.exemple", MAX_CAPACITY));
        }
    }
}
