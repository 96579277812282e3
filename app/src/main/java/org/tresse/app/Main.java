package org.tresse.app;

import java.time.ZoneId;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tresse} command line. */
@Command(name = "tresse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Tresse : le bot de gouvernance partagée de votre association.",
                "Tresse: the shared-governance bot of your association."},
        subcommands = {RunCommand.class, InitCommand.class, CheckCommand.class, ExportCommand.class, ReportCommand.class, PosterCommand.class,
                MigrateCommand.class, BackupCommand.class, RestoreCommand.class, RotateKeyCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** The configuration file, when none is named. */
    static final String DEFAULT_CONFIG = "tresse.yml";

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        // ical4j registers a java.time zone provider whose class takes a logger: load the zones before
        // the logging starts, or the logging's own first use of a zone loads it mid-start and SLF4J
        // prints three lines saying it replayed a call
        ZoneId.systemDefault().getRules();
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
