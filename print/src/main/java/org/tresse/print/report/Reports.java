package org.tresse.print.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.engine.UserError;
import org.tresse.core.groups.Group;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Handle;
import org.tresse.print.Branding;
import org.tresse.print.Links;
import org.tresse.print.internal.AtomicFile;
import org.tresse.print.internal.Days;
import org.tresse.print.internal.Logo;
import org.tresse.print.render.HtmlReport;
import org.tresse.print.render.MarkdownReport;
import org.tresse.print.render.PdfMaker;

/**
 * Period reports for members and funders: checks what is asked (a period that has begun, a group
 * that exists, a logo that is an image), reads every {@link ReportSection} in one transaction,
 * and writes the report in PDF, HTML or Markdown, whole or not at all.
 */
public final class Reports {
    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    private final Clock clock;
    private final ZoneId zone;
    private final I18n i18n;
    private final Groups groups;
    private final Branding branding;
    private final Links links;
    private final List<ReportSection> sections;

    /** @param i18n texts with {@link org.tresse.print.PrintTexts#BUNDLE} among their bundles */
    public Reports(Clock clock, ZoneId zone, I18n i18n, Groups groups, Branding branding, Links links, List<ReportSection> sections) {
        this.clock = clock;
        this.zone = zone;
        this.i18n = i18n;
        this.groups = groups;
        this.branding = branding;
        this.links = links;
        this.sections = List.copyOf(sections);
    }

    /** Reads the report inside the caller's transaction; a section that fails is replaced by a note, the others print. */
    public Report read(Handle handle, ReportRequest request) {
        ReportScope scope = scope(handle, request);
        List<Section> read = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (ReportSection section : sections) {
            Optional<Section> part;
            try {
                part = handle.withSavepoint(() -> section.read(handle, scope));
            } catch (RuntimeException e) {
                log.error("A report section ({}) failed; the report goes on without it", section.getClass().getName(), e);
                part = Optional.of(new Section("partie-" + (read.size() + 1), scope.t("rapport.partie.echec.titre"),
                        List.of(new Block.Paragraph(scope.t("rapport.partie.echec")))));
            }
            part.filter(found -> anchors.add(found.anchor())).ifPresent(read::add);
        }
        return new Report(branding, scope, read, clock.instant());
    }

    /** Reads and writes the report to {@code target}; checks the file and the logo before reading anything. */
    public Path write(Handle handle, ReportRequest request, Path target) {
        Path absolute = AtomicFile.checkTarget(target);
        Optional<String> logo = Logo.dataUri(branding.logo());
        Report report = read(handle, request);
        AtomicFile.write(absolute, out -> render(report, logo, request, out));
        log.info("Report {} to {} written ({})", report.scope().from(), report.scope().to(), request.format());
        return absolute;
    }

    private static void render(Report report, Optional<String> logo, ReportRequest request, OutputStream out) throws IOException {
        switch (request.format()) {
            case PDF -> PdfMaker.write(HtmlReport.render(report, logo), out);
            case HTML -> out.write(HtmlReport.render(report, logo).getBytes(StandardCharsets.UTF_8));
            case MARKDOWN -> out.write(MarkdownReport.render(report).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The period and group asked for, or a refusal that says what is wrong and how to write it. */
    ReportScope scope(Handle handle, ReportRequest request) {
        Texts texts = i18n.texts(request.language());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (request.from().isAfter(today)) {
            throw new UserError("rapport.periode.future", Days.day(texts, request.from()), Days.day(texts, today));
        }
        if (request.to().isBefore(request.from())) {
            throw new UserError("rapport.periode.vide", Days.day(texts, request.from()), Days.day(texts, request.to()));
        }
        Optional<Group> group = Optional.empty();
        if (request.group().isPresent()) {
            String asked = request.group().get();
            List<Group> known = groups.all(handle);
            group = known.stream().filter(candidate -> candidate.slug().equalsIgnoreCase(asked)).findFirst();
            if (group.isEmpty()) {
                throw known.isEmpty() ? new UserError("rapport.groupe.aucun", asked)
                        : new UserError("rapport.groupe.inconnu", asked, String.join(", ", known.stream().map(Group::slug).toList()));
            }
        }
        boolean ongoing = request.to().isAfter(today);
        return new ReportScope(request.from(), ongoing ? today : request.to(), ongoing, group, zone, texts, links);
    }
}
