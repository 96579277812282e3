package org.tresse.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.commands.assembly.Features;
import org.tresse.commands.print.PrintFeature;
import org.tresse.commands.print.Printing;
import org.tresse.config.LogoImage;
import org.tresse.config.TresseConfig;
import org.tresse.core.CoreServices;
import org.tresse.core.engine.UserError;
import org.tresse.core.feature.Feature;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.meeting.Meeting;
import org.tresse.core.meeting.Meetings;
import org.tresse.core.meeting.Minutes;
import org.tresse.core.store.Handle;
import org.tresse.print.Branding;
import org.tresse.print.Links;
import org.tresse.print.PrintFormat;
import org.tresse.print.PrintTexts;
import org.tresse.print.poster.PollPoster;
import org.tresse.print.render.MinutesPdf;
import org.tresse.print.poster.PosterLayout;
import org.tresse.print.poster.PosterRequest;
import org.tresse.print.poster.EventPoster;
import org.tresse.print.poster.Posters;
import org.tresse.print.report.ReportRequest;
import org.tresse.print.report.Reports;
import org.tresse.print.report.ReportSection;
import org.tresse.print.report.sections.EventSection;
import org.tresse.print.report.sections.StandardSections;
import org.tresse.web.WebFrontDoor;

/**
 * Reports and posters wired from the configuration and the domain services: for {@code tresse
 * rapport}, {@code tresse affiche}, and the {@link Printing} behind {@code /rapport} and
 * {@code /affiche}, whose files go to {@code <data>/impressions/} under names nobody can guess.
 * Built by the {@link Assembly} on its one instance of each domain service.
 */
final class PrintWiring {
    /** Where files printed from the chat go, in the data directory; the web serves them under the same name. */
    static final String FOLDER = "impressions";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(PrintWiring.class);

    private final Reports reports;
    private final Meetings meetings;
    private final I18n i18n;
    private final Posters posters;
    private final Path folder;
    private final Optional<String> publicUrl;
    private final Language language;
    private final LocalDate today;

    private PrintWiring(Reports reports, Posters posters, Meetings meetings, I18n i18n, Path folder, Optional<String> publicUrl,
            LocalDate today) {
        this.reports = reports;
        this.meetings = meetings;
        this.i18n = i18n;
        this.posters = posters;
        this.folder = folder;
        this.publicUrl = publicUrl;
        this.language = i18n.defaultLanguage();
        this.today = today;
    }

    /**
     * @param publicUrl the web front door's address ({@code web.public-url})
     */
    static PrintWiring of(TresseConfig config, CoreServices core, Features features, Path dataDirectory, Optional<String> publicUrl) {
        Links links = links(config, publicUrl);
        Branding branding = branding(config);
        I18n i18n = core.i18n();
        Reports reports = new Reports(core.clock(), core.zone(), i18n, core.groups(), branding, links,
                sections(core, features));
        Posters posters = new Posters(core.clock(), core.zone(), i18n, branding, links).standard(new PollPoster(features.polls()),
                new EventPoster(features.events()));
        return new PrintWiring(reports, posters, features.meetings(), i18n, dataDirectory.resolve(FOLDER), links.publicUrl(),
                LocalDate.ofInstant(core.clock().instant(), core.zone()));
    }

    /** The standard sections, then the events and meetings. */
    static List<ReportSection> sections(CoreServices core, Features features) {
        List<ReportSection> sections = new ArrayList<>(StandardSections.of(core.people(), core.groups(), core.outbox(),
                features.subscriptions(), features.polls(), features.decisions(), features.voices(), features.announcements()));
        sections.add(new EventSection(core.clock(), features.events(), features.rsvps(), features.meetings(), features.polls()));
        return List.copyOf(sections);
    }

    /** What printing adds to Tresse: the print texts, and {@code /rapport} and {@code /affiche}. */
    List<Feature> features(ZoneId zone) {
        // the files written for /rapport and /affiche, at the links their answers give (when the web runs)
        return List.of(to -> to.texts(PrintTexts.BUNDLE).add(WebFrontDoor.ROUTES, new PrintedFiles(folder)),
                new PrintFeature(printing(), zone));
    }

    /**
     * The association's name, logo and colours, as its web pages show them: a logo the pages
     * leave out ({@link LogoImage}: missing, too large, not an image) is left out here too.
     */
    static Branding branding(TresseConfig config) {
        var association = config.association();
        Branding branding = new Branding(association.name(), Optional.empty(), association.colors().primary(),
                association.colors().accent());
        return Optional.ofNullable(association.logo()).flatMap(LogoImage::read)
                .map(logo -> branding.withLogo(logo.file())).orElse(branding);
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

    /**
     * The minutes' PDF for the minutes sent to the members; one that cannot be made (or is over what a
     * message carries) is left out, said in the log: the members still get the minutes as text.
     */
    static Optional<byte[]> minutesPdf(Minutes minutes, Language language) {
        try {
            byte[] pdf = MinutesPdf.bytes(minutes, language);
            if (pdf.length > org.tresse.core.message.Attachment.MAX_FILE_BYTES) {
                log.warn("The PDF of the minutes \"{}\" is {} bytes, over what a message carries: sent without it", minutes.title(), pdf.length);
                return Optional.empty();
            }
            return Optional.of(pdf);
        } catch (RuntimeException e) {
            log.warn("The PDF of the minutes \"{}\" could not be made ({}): sent without it", minutes.title(), e.getClass().getSimpleName());
            return Optional.empty();
        }
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
            public Printed minutes(Handle handle, MinutesOrder order) {
                Meeting meeting = meetings.get(handle, order.meeting());
                Minutes minutes = meetings.minutes(handle, meeting, i18n.texts(order.language()));
                return printed(MinutesPdf.write(minutes, order.language(), target("compte-rendu-" + meeting.id(), "pdf")));
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
}
