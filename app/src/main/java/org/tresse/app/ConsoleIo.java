package org.tresse.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The terminal the console channel reads and writes, and who speaks first.
 *
 * @param configFile the configuration file Tresse runs on, empty for the embedded defaults: the
 *                   start banner says which
 */
public record ConsoleIo(InputStream input, PrintStream output, boolean interactive, String firstSpeaker, Optional<Path> configFile) {
    /** A terminal of a Tresse on the embedded defaults. */
    public ConsoleIo(InputStream input, PrintStream output, boolean interactive, String firstSpeaker) {
        this(input, output, interactive, firstSpeaker, Optional.empty());
    }
}
