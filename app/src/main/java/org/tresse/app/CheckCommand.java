package org.tresse.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tresse.config.ConfigException;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tresse check}: is the configuration valid? Exit 0 if so, 1 with the precise problem otherwise. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {"Vérifie le fichier de configuration.", "Checks the configuration file."})
final class CheckCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, description = "Fichier de configuration (défaut : tresse.yml)", defaultValue = Main.DEFAULT_CONFIG)
    Path config;

    @Override
    public Integer call() {
        if (!Files.exists(config)) {
            System.err.println("Le fichier " + config + " n’existe pas. Créez-en un avec : tresse init"
                    + "\n(The file " + config + " does not exist. Create one with: tresse init)");
            return 1;
        }
        try {
            TresseConfig loaded = new ConfigLoader().load(config);
            loaded.warnings().forEach(warning -> System.out.println("Attention, " + warning.field() + " : "
                    + warning.french() + "\n(Warning, " + warning.field() + ": " + warning.english() + ")"));
            System.out.println("La configuration " + config + " est valide : " + loaded.association().name()
                    + ", " + loaded.groups().size() + " groupe(s). (The configuration is valid.)");
            return 0;
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.err.println(e.englishMessage());
            return 1;
        }
    }
}
