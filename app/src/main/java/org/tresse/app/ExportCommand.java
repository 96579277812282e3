package org.tresse.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tresse.commands.TresseCommands;
import org.tresse.config.ConfigException;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.core.Core;
import org.tresse.core.decision.DecisionExport;
import org.tresse.core.decision.ExportFormat;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.poll.PollExport;
import org.tresse.core.store.Database;
import org.tresse.core.voice.VoiceExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tresse export decisions|sondages|voix --format csv|md|json [-o fichier]}: the register,
 * the polls (counts and turnout, never a secret ballot's choices) or the voices (no sender data
 * for anonymous ones), for members and funders. Tresse must be stopped: it holds its data directory.
 */
@Command(name = "export", description = {"Exporte le relevé de décisions, les sondages ou les avis.",
        "Exports the decision register, the polls or the voices."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUOI", description = "decisions, sondages (polls) ou voix (voices)")
    String what;

    @Option(names = {"-f", "--format"}, defaultValue = "md", description = "csv, md ou json (défaut : md)")
    String format;

    @Option(names = {"-o", "--sortie", "--output"}, description = "Fichier à écrire (défaut : l’écran)")
    Path output;

    @Option(names = {"-c", "--config"}, description = "Fichier de configuration (défaut : tresse.yml, sinon réglages intégrés)")
    Path config;

    @Override
    public Integer call() {
        Optional<ExportFormat> chosen = ExportFormat.parse(format);
        if (chosen.isEmpty()) {
            System.err.println("Format inconnu « " + format + " » : écrivez --format csv, md ou json. (Unknown format: csv, md or json.)");
            return 2;
        }
        String kind = what.toLowerCase(Locale.ROOT);
        if (!kind.equals("decisions") && !kind.equals("décisions") && !kind.equals("sondages") && !kind.equals("polls")
                && !kind.equals("voix") && !kind.equals("voices")) {
            System.err.println("Je ne sais pas exporter « " + what + " » : écrivez decisions, sondages ou voix."
                    + " (Unknown export: decisions, polls or voices.)");
            return 2;
        }
        TresseConfig settings;
        try {
            settings = config != null ? new ConfigLoader().load(config) : new ConfigLoader().loadOrDefaults(Path.of(Main.DEFAULT_CONFIG));
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Optional<Path> dataDirectory = DataDirectoryLock.directoryOf(settings.storage().url());
        try (DataDirectoryLock lock = dataDirectory.isPresent() ? DataDirectoryLock.acquire(dataDirectory.get()) : null;
             Database database = Database.open(settings.storage().url(), settings.storage().user(), settings.storage().password(),
                     ConnectorWiring.migrations(settings));
             Writer out = writer()) {
            export(kind, chosen.get(), settings, database, dataDirectory.orElse(Path.of("data")), out);
            return 0;
        } catch (DataDirectoryLock.AlreadyRunning e) {
            System.err.println("Tresse tourne en ce moment sur " + e.directory() + " : arrêtez-le, exportez, puis relancez-le."
                    + " (Tresse is running on this data directory: stop it first.)");
            return 3;
        } catch (IOException e) {
            System.err.println("Impossible d’écrire l’export" + (output == null ? "" : " dans " + output)
                    + " : vérifiez le chemin et les droits du dossier. (Cannot write the export: check the path and permissions.)");
            return 4;
        }
    }

    private void export(String kind, ExportFormat format, TresseConfig settings, Database database, Path dataDirectory, Writer out)
            throws IOException {
        Clock clock = Clock.systemUTC();
        if (kind.startsWith("vo")) {
            new VoiceExport(database, clock, settings.association().timezone())
                    .write(format, out);
        } else if (kind.startsWith("d")) {
            database.useTransaction(handle -> DecisionExport.write(handle, format, out));
        } else {
            Language language = Language.parse(settings.association().language().code()).orElse(Language.FR);
            Core core = new Core(database, clock, settings.association().timezone(), new I18n(language, TresseCommands.BUNDLES),
                    null, Backoff.DEFAULT, Duration.ofSeconds(1));
            PollExport polls = PollExport.of(core, dataDirectory);
            database.useTransaction(handle -> polls.write(handle, format, out));
        }
    }

    private Writer writer() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
}
