package org.tresse.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tresse.config.ConfigException;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.core.store.Database;
import org.tresse.core.store.DatabaseProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tresse check}: is the configuration valid, and does its database answer? Exit 0 if so, 1
 * with the precise problem of the file, 4 with the database's (as {@code tresse run} would).
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class CheckCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, paramLabel = "${bundle:label.fichier:-FICHIER}",
            descriptionKey = "option.config.check", defaultValue = Main.DEFAULT_CONFIG)
    Path config;

    @Override
    public Integer call() {
        if (!Files.exists(config)) {
            System.err.println(CliTexts.both("verifier.fichier.absent", config));
            return 1;
        }
        try {
            ConfigLoader.Checked checked = new ConfigLoader().check(config);
            TresseConfig loaded = checked.config();
            checked.warnings().forEach(warning -> System.out.println(CliTexts.bothEach("verifier.attention",
                    new Object[] {warning.field(), warning.french()}, new Object[] {warning.field(), warning.english()})));
            Optional<String> directory = DataDirectoryLock.directoryOf(loaded.storage().url()).flatMap(DataDirectoryLock::unwritable);
            if (directory.isPresent()) {
                System.err.println(directory.get());
                return 4;
            }
            // the database too: an unreachable server or an unknown driver is no valid configuration
            Optional<DatabaseProblem> database = Database.probe(loaded.storage().url(), loaded.storage().user(),
                    loaded.storage().password());
            if (database.isPresent()) {
                RunCommand.say(database.get().key(), database.get().arguments());
                return 4;
            }
            System.out.println(CliTexts.inline("verifier.valide", config, loaded.association().name(), loaded.groups().size()));
            return 0;
        } catch (ConfigException e) {
            LoadedConfig.say(e);
            return 1;
        }
    }
}
