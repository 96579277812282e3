package org.tresse.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tresse.print.poster.PosterLayout;
import org.tresse.print.poster.PosterRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tresse affiche sondage 12 | consultation 12 | evenement 3 | bot [--format a4|a5x2|a6x4] -o FICHIER}: a
 * printable poster or sheet of flyers with QR codes. Tresse must be stopped.
 */
@Command(name = "affiche", aliases = "poster", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class PosterCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "${bundle:label.quoi:-QUOI}", descriptionKey = "option.poster.what")
    String subject;

    @Parameters(index = "1", arity = "0..1", paramLabel = "${bundle:label.numero:-NUMERO}", descriptionKey = "option.poster.number")
    String reference;

    @Option(names = {"-f", "--format"}, paramLabel = "${bundle:label.format:-FORMAT}",
            defaultValue = "a4", descriptionKey = "option.poster.format")
    String format;

    @Mixin
    PrintOptions options;

    @Override
    public Integer call() {
        return PrintCommandLine.run(options.config, options.site(), (printing, handle) -> {
            PosterLayout layout = PosterLayout.of(format);
            String number = reference == null ? "" : reference;
            Path target = options.output("affiche-" + subject.replaceAll("[^\\p{L}\\p{N}-]", "_") + (number.isEmpty() ? "" : "-" + number) + ".pdf");
            return printing.posters().write(handle, new PosterRequest(subject, number, layout, printing.language()), target);
        });
    }
}
