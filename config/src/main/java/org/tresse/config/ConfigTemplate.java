package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

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
            throw new ConfigException(source, 0, 0, null, said("config.modele.fichier.existe.deja"));
        } catch (IOException e) {
            throw new ConfigException(source, 0, 0, null, said("config.modele.impossible.ecrire.fichier", e.getMessage()));
        }
    }
}
