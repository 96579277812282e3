package org.tresse.app;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options {@code tresse rapport} and {@code tresse affiche} share: the file, the site's address, the configuration. */
final class PrintOptions {
    @Option(names = {"-o", "--sortie", "--output"}, paramLabel = "FICHIER", description = "Fichier à écrire (défaut : dans ce dossier)")
    Path output;

    @Option(names = {"--site", "--public-url"}, paramLabel = "URL",
            description = "Adresse publique du site de Tresse, pour les liens et les codes QR (en attendant web.public-url)")
    String site;

    @Option(names = {"-c", "--config"}, description = "Fichier de configuration (défaut : tresse.yml, sinon réglages intégrés)")
    Path config;

    Path output(String fallback) {
        return output != null ? output : Path.of(fallback);
    }

    Optional<String> site() {
        return Optional.ofNullable(site);
    }
}
