package org.tresse.config;

import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * A Matrix room attached to a group.
 *
 * @param room  the room id ({@code !abc:example.org}) or alias ({@code #cafe:example.org})
 * @param group a group id from {@code groups}, or null for the whole association
 */
public record MatrixRoom(String room, String group) {
    public MatrixRoom {
        room = Checks.required(room, "room", "room: \"!abc:example.org\"");
        if (!(room.startsWith("!") || room.startsWith("#")) || room.indexOf(':') < 2) {
            throw new InvalidField("room",
                    "« " + room + " » n'est pas un salon Matrix : écrivez son identifiant ou son alias entre "
                            + "guillemets, par exemple room: \"!abc:example.org\" ou room: \"#cafe:example.org\"",
                    "\"" + room + "\" is not a Matrix room: write its id or alias in quotes, for example "
                            + "room: \"!abc:example.org\" or room: \"#cafe:example.org\"");
        }
        group = Checks.trimToNull(group);
    }
}
