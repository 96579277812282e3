package org.tresse.config.internal;

import java.util.List;

/** An enum of the file that may also be written in the words the bot shows ({@code membre} for member). */
public interface SpokenEnum {
    /** The other ways to write it: lowercase, without accents. */
    List<String> words();
}
