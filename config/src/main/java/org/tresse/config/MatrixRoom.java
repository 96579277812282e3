package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

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
            throw new InvalidField("room", said("config.matrix.salon.matrix.ecrivez", room));
        }
        group = Checks.trimToNull(group);
    }
}
