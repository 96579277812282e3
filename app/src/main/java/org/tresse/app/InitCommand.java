package org.tresse.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tresse.config.ConfigException;
import org.tresse.config.ConfigTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tresse init}: writes a commented example configuration, in French. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {"Écrit un fichier de configuration d’exemple, commenté.", "Writes a commented example configuration."})
final class InitCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, description = "Fichier à écrire (défaut : tresse.yml)", defaultValue = Main.DEFAULT_CONFIG)
    Path config;

    @Override
    public Integer call() {
        try {
            ConfigTemplate.writeTo(config);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.println("J’ai écrit " + config + ". Lisez-le, adaptez-le, puis vérifiez-le avec : ./tresse check"
                + "\n(Wrote " + config + ". Read it, adapt it, then check it with: ./tresse check)");
        return 0;
    }
}
