package org.tresse.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.print.Printing;
import org.tresse.config.TresseConfig;
import org.tresse.core.Core;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.decision.Decisions;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Handle;
import org.tresse.core.voice.Voices;
import org.tresse.print.Branding;
import org.tresse.print.Links;
import org.tresse.print.PrintFormat;
import org.tresse.print.PrintTexts;
import org.tresse.print.poster.PollPoster;
import org.tresse.print.poster.PosterLayout;
import org.tresse.print.poster.PosterRequest;
import org.tresse.print.poster.Posters;
import org.tresse.print.report.ReportRequest;
import org.tresse.print.report.Reports;
import org.tresse.print.report.sections.StandardSections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports and posters wired from the configuration and the domain services: for {@code tresse
 * rapport}, {@code tresse affiche}, and the {@link Printing} behind {@code /rapport} and
 * {@code /affiche}, whose files go to {@code <data>/impressions/} under names nobody can guess.
 * Until the assembly gives one instance of each service, the poll services are built here again
 * from the core (their merge steps run twice, the second time with nothing left to move).
 */
final class PrintWiring {
    /** Where files printed from the chat go, in the data directory; the web serves them under the same name. */
    static final String FOLDER = "impressions";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(PrintWiring.class);

    private final Reports reports;
    private final Posters posters;
    private final Path folder;
    private final Optional<String> publicUrl;
    private final Language language;
    private final LocalDate today;

    private PrintWiring(Reports reports, Posters posters, Path folder, Optional<String> publicUrl, Language language, LocalDate today) {
        this.reports = reports;
        this.posters = posters;
        this.folder = folder;
        this.publicUrl = publicUrl;
        this.language = language;
        this.today = today;
    }

    /**
     * @param i18n      the texts of the commands and of {@link org.tresse.print.PrintTexts#BUNDLE}
     * @param publicUrl the web front door's address ({@code web.public-url} once the web module lands)
     */
    static PrintWiring of(TresseConfig config, Core core, I18n i18n, Path dataDirectory, Optional<String> publicUrl) {
        Decisions decisions = new Decisions(core.clock(), core.people());
        Polls polls = new Polls(core, SecretBallotKey.inDirectory(dataDirectory), decisions);
        Links links = links(config, publicUrl);
        Branding branding = Branding.named(config.association().name());
        Reports reports = new Reports(core.clock(), core.zone(), i18n, core.groups(), branding, links,
                StandardSections.of(core.people(), core.groups(), core.outbox(), new Subscriptions(core.clock()), polls, decisions,
                        new Voices(core.clock(), core.zone()), new Announcements(core.clock())));
        Posters posters = new Posters(core.clock(), core.zone(), i18n, branding, links).standard(new PollPoster(polls));
        return new PrintWiring(reports, posters, dataDirectory.resolve(FOLDER), links.publicUrl(), i18n.defaultLanguage(),
                LocalDate.ofInstant(core.clock().instant(), core.zone()));
    }

    /** Where QR codes lead: the site if its address is known, the Telegram bot if its name is, the bot's mailbox. */
    static Links links(TresseConfig config, Optional<String> publicUrl) {
        Optional<String> bot = Optional.ofNullable(config.channels().telegram()).map(telegram -> telegram.username())
                .filter(name -> usable(() -> new Links(Optional.empty(), Optional.of(name), Optional.empty()), "the Telegram username " + name));
        Optional<String> mail = Optional.ofNullable(config.channels().email()).map(email -> email.address())
                .filter(address -> usable(() -> new Links(Optional.empty(), Optional.empty(), Optional.of(address)), "the address " + address));
        try {
            return new Links(publicUrl, bot, mail);
        } catch (IllegalArgumentException e) {
            throw new UserError("impression.site.invalide", publicUrl.orElse(""));
        }
    }

    private static boolean usable(Runnable check, String what) {
        try {
            check.run();
            return true;
        } catch (IllegalArgumentException e) {
            log.warn("Posters will have no QR code for {}: {}", what, e.getMessage());
            return false;
        }
    }

    Reports reports() {
        return reports;
    }

    Posters posters() {
        return posters;
    }

    /** The association's language: the one its documents are written in. */
    Language language() {
        return language;
    }

    /** Today in the association's time zone, when this was built (the command line's dates count from it). */
    LocalDate today() {
        return today;
    }

    /** What the chat commands print with. */
    Printing printing() {
        return new Printing() {
            @Override
            public Printed report(Handle handle, ReportOrder order) {
                PrintFormat format = PrintFormat.of(order.format());
                Path file = reports.write(handle, new ReportRequest(order.from(), order.to(), order.group(), format, order.language()),
                        target("rapport-" + order.from() + "-" + order.to(), format.extension()));
                return printed(file);
            }

            @Override
            public Printed poster(Handle handle, PosterOrder order) {
                PosterLayout layout = PosterLayout.of(order.layout());
                Path file = posters.write(handle, new PosterRequest(order.subject(), order.reference(), layout, order.language()),
                        target("affiche-" + order.subject() + (order.reference().isEmpty() ? "" : "-" + order.reference()), "pdf"));
                return printed(file);
            }
        };
    }

    private Path target(String name, String extension) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new UserError("impression.dossier.absent", folder);
        }
        byte[] token = new byte[9];
        RANDOM.nextBytes(token);
        String safe = name.replaceAll("[^A-Za-z0-9-]", "_");
        return folder.resolve(safe + "-" + HexFormat.of().formatHex(token) + "." + extension);
    }

    private Printing.Printed printed(Path file) {
        return new Printing.Printed(file, publicUrl.map(base -> base + "/" + FOLDER + "/" + file.getFileName()));
    }

    /** The commands' bundles and the print texts: refusals from either are said in words. */
    static List<String> bundles(List<String> commandBundles) {
        List<String> all = new ArrayList<>(commandBundles);
        all.add(PrintTexts.BUNDLE);
        return List.copyOf(all);
    }
}
