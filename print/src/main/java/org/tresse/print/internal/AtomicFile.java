package org.tresse.print.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tresse.core.engine.UserError;

/**
 * Writes a file whole or not at all: into a temporary file beside it, moved into place at the end.
 * A failure leaves the target as it was and no temporary file behind.
 */
public final class AtomicFile {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AtomicFile.class);

    /** Writes the content into an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Checks that {@code target} can be written (its folder exists, it is not a folder); refuses clearly otherwise. */
    public static Path checkTarget(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError("impression.dossier.absent", folder == null ? target : folder);
        }
        if (Files.isDirectory(absolute)) {
            throw new UserError("impression.cible.dossier", target);
        }
        return absolute;
    }

    public static void write(Path target, Content content) {
        Path absolute = checkTarget(target);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (AccessDeniedException e) {
            throw new UserError("impression.ecriture.droits", absolute.getParent());
        } catch (IOException e) {
            // the person reads which file; the log keeps why (ReportFiguresTest once failed here, cause unknown)
            log.warn("Could not write {}: {}", absolute, e.toString());
            throw new UserError("impression.ecriture", absolute);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the target; nothing more to do
                }
            }
        }
    }
}
