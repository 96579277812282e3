package org.tresse.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tresse.core.engine.UserError;
import org.tresse.print.PrintFormat;
import org.tresse.print.report.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tresse rapport --du 2024-03-01 --au 2024-06-30 [--groupe cafe] [--format pdf|html|md] -o FICHIER}:
 * the activity report of a period, for members and funders. Tresse must be stopped.
 */
@Command(name = "rapport", aliases = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ReportCommand implements Callable<Integer> {
    @Option(names = {"--du", "--from"}, paramLabel = "${bundle:label.date:-DATE}", descriptionKey = "option.report.from")
    String from;

    @Option(names = {"--au", "--to"}, paramLabel = "${bundle:label.date:-DATE}", descriptionKey = "option.report.to")
    String to;

    @Option(names = {"--groupe", "--group"}, paramLabel = "${bundle:label.groupe:-GROUPE}", descriptionKey = "option.report.group")
    String group;

    @Option(names = {"-f", "--format"}, paramLabel = "${bundle:label.format:-FORMAT}",
            defaultValue = "pdf", descriptionKey = "option.report.format")
    String format;

    @Mixin
    PrintOptions options;

    @Override
    public Integer call() {
        return PrintCommandLine.run(options.config, options.site(), (printing, handle) -> {
            if (from == null) {
                throw new UserError("rapport.du.manquant");
            }
            LocalDate first = PrintCommandLine.day("--du", from, printing.today());
            LocalDate last = to == null ? printing.today() : PrintCommandLine.day("--au", to, printing.today());
            PrintFormat chosen = PrintFormat.of(format);
            Path target = options.output("rapport-" + first + "-" + last + "." + chosen.extension());
            return printing.reports().write(handle, new ReportRequest(first, last, Optional.ofNullable(group), chosen,
                    printing.language()), target);
        });
    }
}
