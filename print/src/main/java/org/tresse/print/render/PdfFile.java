package org.tresse.print.render;

import java.nio.file.Path;
import org.tresse.print.internal.AtomicFile;

/** An XHTML page written as a PDF file, whole or not at all. */
public final class PdfFile {
    private PdfFile() {}

    /** Writes {@code xhtml} as a PDF to {@code target}; the absolute path written. */
    public static Path write(String xhtml, Path target) {
        Path absolute = AtomicFile.checkTarget(target);
        AtomicFile.write(absolute, out -> PdfMaker.write(xhtml, out));
        return absolute;
    }
}
