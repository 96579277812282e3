package org.tresse.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tresse.config.ConfigException;
import org.tresse.config.ConfigLoader;
import org.tresse.config.EmbeddedDefaults;
import org.tresse.config.TresseConfig;

/**
 * The configuration a command runs on: the file named with {@code -c}, else {@code tresse.yml} in
 * the current folder, else the embedded defaults (with their starter groups). Every command reads
 * it here, so a missing or broken file is said the same way by all of them.
 *
 * @param file the file read, empty for the embedded defaults
 */
record LoadedConfig(TresseConfig config, Optional<Path> file) {
    /** @param named the file given with {@code -c}, or null */
    static LoadedConfig load(Path named) {
        ConfigLoader loader = new ConfigLoader();
        if (named != null) {
            return new LoadedConfig(loader.load(named), Optional.of(named));
        }
        Path standard = Path.of(Main.DEFAULT_CONFIG);
        if (Files.exists(standard)) {
            return new LoadedConfig(loader.load(standard), Optional.of(standard));
        }
        return new LoadedConfig(EmbeddedDefaults.load(), Optional.empty());
    }

    /**
     * {@link #load}, or empty once what is wrong with the file has been said on the error stream
     * ({@link #say}); the command then exits with 1.
     */
    static Optional<LoadedConfig> loadOrSay(Path named) {
        try {
            return Optional.of(load(named));
        } catch (ConfigException e) {
            say(e);
            return Optional.empty();
        }
    }

    /** A configuration's problem for the terminal: the place and what is wrong, in French, then in English. */
    static void say(ConfigException problem) {
        System.err.println(problem.getMessage());
        System.err.println(problem.englishMessage());
    }
}
