package org.tresse.app;

import java.io.InputStream;
import java.io.PrintStream;

/** The terminal the console channel reads and writes, and who speaks first. */
public record ConsoleIo(InputStream input, PrintStream output, boolean interactive, String firstSpeaker) {}
