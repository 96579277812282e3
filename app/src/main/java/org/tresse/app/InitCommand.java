package org.tresse.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tresse.config.ConfigException;
import org.tresse.config.ConfigTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tresse init}: writes a commented example configuration, in French. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class InitCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, paramLabel = "${bundle:label.fichier:-FICHIER}",
            descriptionKey = "option.config.init", defaultValue = Main.DEFAULT_CONFIG)
    Path config;

    @Override
    public Integer call() {
        try {
            ConfigTemplate.writeTo(config);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.println(CliTexts.both("init.ecrit", config));
        return 0;
    }
}
