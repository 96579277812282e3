package org.tresse.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The commented example {@code tresse.yml}, in French, that {@code tresse init} writes. */
public final class ConfigTemplate {
    private static final String RESOURCE = "tresse.example.yml";

    private ConfigTemplate() {}

    /** The example's text. It loads as is, with no environment variable set. */
    public static String text() {
        try (InputStream in = ConfigTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/tresse/config/" + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the example to {@code file}, creating its folder; never overwrites an existing file. */
    public static void writeTo(Path file) {
        String source = file.toString();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException(source, 0, 0, null,
                    "ce fichier existe déjà et je ne l'écrase pas. Renommez-le ou choisissez un autre nom "
                            + "si vous voulez repartir de l'exemple.",
                    "this file already exists and is not overwritten. Rename it or choose another name "
                            + "to start again from the example.");
        } catch (IOException e) {
            throw new ConfigException(source, 0, 0, null,
                    "impossible d'écrire ce fichier (" + e.getMessage() + "). Vérifiez le dossier et ses droits.",
                    "cannot write this file (" + e.getMessage() + "). Check the folder and its permissions.");
        }
    }
}
