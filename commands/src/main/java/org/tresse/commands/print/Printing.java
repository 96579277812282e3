package org.tresse.commands.print;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.Language;
import org.tresse.core.store.Handle;

/**
 * What {@code /rapport}, {@code /affiche} and {@code /compte-rendu} ask of the print feature, which the app provides
 * (commands know no PDF library). Each method writes a file inside the caller's transaction and
 * says where it is; a refusal is a {@link UserError}.
 */
public interface Printing {
    /** When nothing can print: every request is refused with an explanation. */
    Printing NONE = new Printing() {
        @Override
        public Printed report(Handle handle, ReportOrder order) {
            throw new UserError("impression.indisponible");
        }

        @Override
        public Printed poster(Handle handle, PosterOrder order) {
            throw new UserError("impression.indisponible");
        }
    };

    Printed report(Handle handle, ReportOrder order);

    Printed poster(Handle handle, PosterOrder order);

    /** A meeting's minutes as PDF; nothing prints them unless the printer says how. */
    default Printed minutes(Handle handle, MinutesOrder order) {
        throw new UserError("impression.indisponible");
    }

    /** A period report: {@code format} as typed ({@code pdf}, {@code html}, {@code md}), checked by the printer. */
    record ReportOrder(LocalDate from, LocalDate to, Optional<String> group, String format, Language language) {}

    /** A poster: {@code subject} and {@code reference} as typed ({@code sondage 12}, {@code bot}), {@code layout} too. */
    record PosterOrder(String subject, String reference, String layout, Language language) {}

    /** A meeting's minutes: {@code meeting} its number as typed. */
    record MinutesOrder(String meeting, Language language) {}

    /**
     * A file written.
     *
     * @param link where to download it, when Tresse has a public web address
     */
    record Printed(Path file, Optional<String> link) {
        /** The name it is sent under: its own without the random part that keeps its link unguessable. */
        public String sentName() {
            String name = file.getFileName().toString().replaceFirst("-[0-9a-f]{18}(\\.[a-z]+)$", "$1").replaceAll("[^A-Za-z0-9._-]", "_");
            return name.length() <= 80 ? name : name.substring(0, 70) + name.substring(name.lastIndexOf('.'));
        }

        /** Its MIME type, from its extension. */
        public String mediaType() {
            String name = file.getFileName().toString();
            return switch (name.substring(name.lastIndexOf('.') + 1)) {
                case "pdf" -> "application/pdf";
                case "html" -> "text/html; charset=UTF-8";
                case "md" -> "text/markdown; charset=UTF-8";
                default -> "application/octet-stream";
            };
        }
    }
}
