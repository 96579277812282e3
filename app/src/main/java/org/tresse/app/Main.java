package org.tresse.app;

import java.nio.file.Path;
import java.time.ZoneId;
import org.tresse.core.i18n.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code tresse} command line. */
@Command(name = "tresse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {RunCommand.class, InitCommand.class, CheckCommand.class, ExportCommand.class, ReportCommand.class, PosterCommand.class,
                MigrateCommand.class, BackupCommand.class, RestoreCommand.class, RotateKeyCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** The configuration file, when none is named. */
    static final String DEFAULT_CONFIG = "tresse.yml";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        // ical4j registers a java.time zone provider whose class takes a logger: load the zones before
        // the logging starts, or the logging's own first use of a zone loads it mid-start and SLF4J
        // prints three lines saying it replayed a call
        ZoneId.systemDefault().getRules();
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return commandLine(HelpLanguage.of(Path.of(DEFAULT_CONFIG), System::getenv)).execute(args);
    }

    /** The command line, its help and its answer to a line it cannot read in {@code language}. */
    static CommandLine commandLine(Language language) {
        CommandLine line = new CommandLine(new Main());
        line.setResourceBundle(HelpLanguage.bundle(language));
        line.setParameterExceptionHandler(new ParseErrors(language));
        return line;
    }
}
