package org.tresse.print.poster;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Handle;
import org.tresse.print.Branding;
import org.tresse.print.Links;
import org.tresse.print.internal.AtomicFile;
import org.tresse.print.internal.Logo;
import org.tresse.print.render.PdfFile;
import org.tresse.print.render.PosterPage;

/**
 * Printable posters and flyers: a PDF with the association's identity, a subject's words and its QR
 * codes, in one of the {@link PosterLayout}s. Each subject word is registered by the feature that
 * knows it; the file is written whole or not at all.
 */
public final class Posters {
    private final Clock clock;
    private final ZoneId zone;
    private final I18n i18n;
    private final Branding branding;
    private final Links links;
    private final Map<String, PosterSubject> subjects = new LinkedHashMap<>();

    /** @param i18n texts with {@link org.tresse.print.PrintTexts#BUNDLE} among their bundles */
    public Posters(Clock clock, ZoneId zone, I18n i18n, Branding branding, Links links) {
        this.clock = clock;
        this.zone = zone;
        this.i18n = i18n;
        this.branding = branding;
        this.links = links;
    }

    /** Registers what {@code words} (French first, then other spellings) make a poster of. */
    public Posters subject(PosterSubject subject, String... words) {
        for (String word : words) {
            if (subjects.putIfAbsent(fold(word), subject) != null) {
                throw new IllegalArgumentException("two poster subjects are called " + word);
            }
        }
        return this;
    }

    /** The posters Tresse makes: polls and consultations, events, the bot. */
    public Posters standard(PollPoster polls, EventPoster events) {
        subject(polls, "sondage", "consultation", "poll");
        subject(events, "evenement", "event");
        return subject(new BotPoster(), "bot", "robot", "avis");
    }

    /** The poster as XHTML (what the PDF is made from). */
    public String page(Handle handle, PosterRequest request) {
        Poster poster = poster(handle, request);
        Optional<String> logo = Logo.dataUri(branding.logo());
        Texts texts = i18n.texts(request.language());
        return PosterPage.render(poster, request.layout(), branding, logo, texts,
                poster.codes().stream().map(code -> QrSvg.of(code.uri(), texts.get("affiche.qr.alt", code.label(), code.shown()))).toList());
    }

    /** Writes the poster's PDF to {@code target}; nothing is written if anything is wrong. */
    public Path write(Handle handle, PosterRequest request, Path target) {
        AtomicFile.checkTarget(target);
        return PdfFile.write(page(handle, request), target);
    }

    Poster poster(Handle handle, PosterRequest request) {
        PosterSubject subject = Optional.ofNullable(subjects.get(fold(request.subject())))
                .orElseThrow(() -> new UserError("affiche.sujet.inconnu", request.subject()));
        return subject.poster(handle, request.reference(), new PosterScope(i18n.texts(request.language()), zone, links, clock.instant()));
    }

    private static String fold(String word) {
        return Normalizer.normalize(word.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
