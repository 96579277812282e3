package org.tresse.commands.print;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.decision.DayWords;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.people.Role;

/**
 * {@code /rapport --du 2024-03-01 --au 2024-06-30 [--groupe cafe] [--format pdf|html|md]} and
 * {@code /affiche sondage 12 [--format a4|a5x2|a6x4]}, for coordinators: the file is written by
 * the {@link Printing} the app gives, and sent back as a file where the channel carries one (a mail's
 * attachment, a Telegram document, a Matrix file), else as a link to it.
 */
public final class PrintFeature implements Feature {
    /** The resource bundle of these commands' texts. */
    public static final String BUNDLE = "org.tresse.commands.print.texts";
    private static final Logger log = LoggerFactory.getLogger(PrintFeature.class);

    private final Printing printing;
    private final ZoneId zone;

    public PrintFeature(Printing printing, ZoneId zone) {
        this.printing = printing;
        this.zone = zone;
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(BUNDLE)
                .add(CommandRouter.COMMANDS, Command.named("rapport", BUNDLE).role(Role.COORDINATOR)
                        .option("du").option("au").option("groupe").option("format").does(this::report))
                .add(CommandRouter.COMMANDS, Command.named("affiche", BUNDLE).role(Role.COORDINATOR).arguments(1, 2)
                        .option("format").does(this::poster))
                .add(CommandRouter.COMMANDS, Command.named("compte-rendu", BUNDLE).role(Role.COORDINATOR).arguments(1, 1)
                        .does(this::minutes));
    }

    private void report(CommandCall call) {
        LocalDate today = LocalDate.ofInstant(call.conversation().now(), zone);
        LocalDate from = day(call, "du", call.option("du").orElseThrow(() -> call.fail("rapport.du.manquant")), today);
        LocalDate to = call.option("au").map(text -> day(call, "au", text, today)).orElse(today);
        // the router let a group's coordinator through for the group of the room: the report is that group's
        Optional<String> group = call.option("groupe").or(() -> wholeAssociation(call) ? Optional.empty() : call.conversation().roomGroup());
        Printing.Printed printed = printing.report(call.handle(), new Printing.ReportOrder(from, to, group,
                call.option("format").orElse("pdf"), call.conversation().texts().language()));
        answer(call, printed, "rapport.pret");
    }

    private void poster(CommandCall call) {
        refuseUnlessWholeAssociation(call, "affiche");
        Printing.Printed printed = printing.poster(call.handle(), new Printing.PosterOrder(call.argument(0),
                call.arguments().size() > 1 ? call.argument(1) : "", call.option("format").orElse("a4"),
                call.conversation().texts().language()));
        answer(call, printed, "affiche.prete");
    }

    private void minutes(CommandCall call) {
        refuseUnlessWholeAssociation(call, "compte-rendu");
        Printing.Printed printed = printing.minutes(call.handle(), new Printing.MinutesOrder(call.argument(0),
                call.conversation().texts().language()));
        answer(call, printed, "compte.rendu.pret");
    }

    private static boolean wholeAssociation(CommandCall call) {
        return call.conversation().hasRole(Role.COORDINATOR, Optional.empty());
    }

    /**
     * A poster or minutes may be of any group's poll, event or meeting, which the printing does not
     * check: a group's coordinator, let through in its room, may not print them.
     */
    private static void refuseUnlessWholeAssociation(CommandCall call, String command) {
        if (!wholeAssociation(call)) {
            throw call.fail("impression.toute.association", "/" + command);
        }
    }

    /**
     * The file itself where the channel carries files, else (or where the channel refuses it) the link to it,
     * as before; a file over the outbox's cap is answered with the link at once, saying why.
     */
    private static void answer(CommandCall call, Printing.Printed printed, String key) {
        String name = printed.file().getFileName().toString();
        String instead = printed.link().map(link -> call.t(key + ".lien", name, link))
                .orElseGet(() -> call.t(key + ".fichier", name, printed.file()));
        byte[] bytes;
        try {
            long size = Files.size(printed.file());
            if (size > Attachment.MAX_FILE_BYTES) {
                call.conversation().replyPrivately(call.t("impression.trop.lourde", size(call, size),
                        size(call, Attachment.MAX_FILE_BYTES)) + "\n" + instead);
                return;
            }
            bytes = Files.readAllBytes(printed.file());
        } catch (IOException e) {
            log.warn("The printed file {} could not be read back to be attached: {}", name, e.getClass().getSimpleName());
            call.conversation().replyPrivately(instead);
            return;
        }
        String sent = printed.sentName();
        call.conversation().replyPrivately(Content.notice(call.t(key + ".joint", sent, size(call, bytes.length)))
                .withAttachments(List.of(Attachment.file(sent, printed.mediaType(), bytes, instead))));
    }

    /** {@code 312 Ko}, {@code 1,4 Mo}: rounded up, so a file just over a limit never reads as the limit. */
    private static String size(CommandCall call, long bytes) {
        if (bytes < 1024 * 1024) {
            return call.t("impression.taille.ko", Math.max(1, (bytes + 1023) / 1024));
        }
        java.text.DecimalFormat tenths = new java.text.DecimalFormat("0.#",
                java.text.DecimalFormatSymbols.getInstance(call.conversation().texts().language().locale()));
        return call.t("impression.taille.mo", tenths.format(Math.ceil(bytes * 10.0 / (1024 * 1024)) / 10.0));
    }

    private static LocalDate day(CommandCall call, String option, String text, LocalDate today) {
        Optional<LocalDate> day = DayWords.parse(text, today);
        return day.orElseThrow(() -> call.fail("rapport.date", "--" + option, text));
    }
}
