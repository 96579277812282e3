package org.tresse.core.poll;

import java.util.Optional;

/**
 * Who may answer: the members of a group, the association's members (role member or more), or
 * anyone ({@code open}, residents included). A public poll may still belong to a group: it is
 * then presented in that group's rooms.
 */
public record Audience(Optional<String> group, boolean open) {
    public static Audience members() {
        return new Audience(Optional.empty(), false);
    }

    public static Audience group(String slug) {
        return new Audience(Optional.of(slug), false);
    }

    public static Audience anyone(Optional<String> group) {
        return new Audience(group, true);
    }
}
