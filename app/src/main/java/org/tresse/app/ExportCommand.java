package org.tresse.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tresse.config.TresseConfig;
import org.tresse.core.export.Export;
import org.tresse.core.export.ExportFormat;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Database;
import org.tresse.core.store.DatabaseProblem;
import org.tresse.core.store.Handle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tresse export decisions|sondages|voix --format csv|md|json [--excel] [-o fichier]}: the
 * register, the polls (counts and turnout, never a secret ballot's choices) or the voices (no sender
 * data for anonymous ones), for members and funders, in the association's language. In CSV each
 * table is a file ({@code avis.csv}, {@code avis-statuts.csv}…); {@code --excel} writes it for a
 * French spreadsheet ({@code ;}, UTF-8 mark). It says what it wrote, and where. Tresse must be
 * stopped: it holds its data directory.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "${bundle:label.quoi:-QUOI}", descriptionKey = "option.export.what")
    String what;

    @Option(names = {"-f", "--format"}, paramLabel = "${bundle:label.format:-FORMAT}",
            defaultValue = "md", descriptionKey = "option.export.format")
    String format;

    @Option(names = {"--excel"}, descriptionKey = "option.export.excel")
    boolean excel;

    @Option(names = {"-o", "--sortie", "--output"}, paramLabel = "${bundle:label.fichier:-FICHIER}", descriptionKey = "option.export.output")
    Path output;

    @Option(names = {"-c", "--config"}, paramLabel = "${bundle:label.fichier:-FICHIER}", descriptionKey = "option.config")
    Path config;

    @Override
    @SuppressWarnings("try") // the lock is held, unread, for as long as the export runs
    public Integer call() {
        Optional<ExportFormat> chosen = ExportFormat.parse(format)
                .map(parsed -> excel && parsed.csv() || excel && format.equals("md") ? ExportFormat.EXCEL : parsed);
        if (chosen.isEmpty() || excel && !chosen.get().csv()) {
            System.err.println(CliTexts.inline("export.format.inconnu", format));
            return 2;
        }
        Optional<LoadedConfig> loaded = LoadedConfig.loadOrSay(config);
        if (loaded.isEmpty()) {
            return 1;
        }
        TresseConfig settings = loaded.get().config();
        Optional<Path> dataDirectory = DataDirectoryLock.directoryOf(settings.storage().url());
        try (DataDirectoryLock lock = dataDirectory.isPresent() ? DataDirectoryLock.acquire(dataDirectory.get()) : null;
             Database database = Database.open(settings.storage().url(), settings.storage().user(), settings.storage().password(),
                     ConnectorWiring.migrations(settings))) {
            Assembly assembly = Assembly.of(settings, database, Clock.systemUTC(), null, () -> {});
            List<Export> exports = assembly.core().installation().exports();
            Optional<Export> export = exports.stream().filter(candidate -> candidate.answersTo(what)).findFirst();
            if (export.isEmpty()) {
                List<String> names = exports.stream().map(Export::name).sorted().toList();
                System.err.println(CliTexts.inline("export.inconnu", what, String.join(", ", names.subList(0, names.size() - 1)),
                        names.get(names.size() - 1)));
                return 2;
            }
            Texts texts = assembly.core().i18n().texts(null);
            ExportFormat exportFormat = chosen.get();
            try (Writer out = writer(output, exportFormat)) {
                database.useTransaction(handle -> write(export.get(), handle, texts, exportFormat, null, out));
            }
            List<Path> written = new ArrayList<>();
            if (output != null) {
                written.add(output);
            }
            List<String> tables = exportFormat.csv() ? export.get().tables() : List.of();
            for (String table : tables) {
                if (output == null) {
                    break;
                }
                Path file = beside(output, table, exportFormat);
                try (Writer out = writer(file, exportFormat)) {
                    database.useTransaction(handle -> write(export.get(), handle, texts, exportFormat, table, out));
                }
                written.add(file);
            }
            long count = database.inTransaction(handle -> export.get().count(handle));
            String what = count < 0 ? "" : texts.get(export.get().countKey(), count);
            if (output == null) {
                if (!tables.isEmpty()) {
                    System.err.println(texts.get("export.tableaux.fichier", String.join(", ", tables)));
                }
            } else {
                System.out.println(texts.get("export.ecrit", what, String.join(", ",
                        written.stream().map(file -> file.toAbsolutePath().normalize().toString()).toList())));
            }
            return 0;
        } catch (DatabaseProblem e) {
            RunCommand.say(e.key(), e.arguments());
            return 4;
        } catch (DataDirectoryLock.AlreadyRunning e) {
            System.err.println(CliTexts.inline("export.en.cours", e.directory()));
            return 3;
        } catch (IOException | UncheckedIOException e) {
            System.err.println(output == null ? CliTexts.inline("export.ecriture") : CliTexts.inline("export.ecriture.fichier", output));
            return 4;
        }
    }

    private static void write(Export export, Handle handle, Texts texts, ExportFormat format, String table, Writer out) {
        try {
            if (table == null) {
                export.write(handle, texts, format, out);
            } else {
                export.writeTable(handle, texts, table, format, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code avis.csv} and {@code statuts}: {@code avis-statuts.csv}, in the same folder. */
    static Path beside(Path output, String table, ExportFormat format) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "." + format.extension();
        return output.resolveSibling(stem + "-" + table + extension);
    }

    /** The file (or the screen, for none); a spreadsheet's file starts with the UTF-8 mark Excel needs. */
    private static Writer writer(Path file, ExportFormat format) throws IOException {
        Writer out;
        if (file == null) {
            out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        } else {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        if (format == ExportFormat.EXCEL) {
            out.write('\uFEFF');
        }
        return out;
    }
}
