package org.tresse.app;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options {@code tresse rapport} and {@code tresse affiche} share: the file, the site's address, the configuration. */
final class PrintOptions {
    @Option(names = {"-o", "--sortie", "--output"}, paramLabel = "${bundle:label.fichier:-FICHIER}", descriptionKey = "option.print.output")
    Path output;

    @Option(names = {"--site", "--public-url"}, paramLabel = "${bundle:label.url:-URL}",
            descriptionKey = "option.print.site")
    String site;

    @Option(names = {"-c", "--config"}, paramLabel = "${bundle:label.fichier:-FICHIER}", descriptionKey = "option.config")
    Path config;

    Path output(String fallback) {
        return output != null ? output : Path.of(fallback);
    }

    Optional<String> site() {
        return Optional.ofNullable(site);
    }
}
