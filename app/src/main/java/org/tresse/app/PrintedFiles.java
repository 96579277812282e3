package org.tresse.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.web.http.Reply;
import org.tresse.web.http.Routes;
import org.tresse.web.http.WebRequest;
import org.tresse.web.http.WebRoutes;

/**
 * {@code GET /impressions/NAME}: a report or poster {@code /rapport} and {@code /affiche} wrote,
 * at the link their answer gave. The name carries 72 random bits (the link is the key, given
 * privately to the coordinator who asked), only names of that shape are looked up, and nothing
 * outside the folder can be named. Kept out of caches and search engines.
 */
final class PrintedFiles implements WebRoutes {
    static final String PATH = "/" + PrintWiring.FOLDER;
    private static final Logger log = LoggerFactory.getLogger(PrintedFiles.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,120}-[0-9a-f]{18}\\.(pdf|html|md)");
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "html", "text/html; charset=utf-8",
            "md", "text/markdown; charset=utf-8");

    private final Path folder;

    PrintedFiles(Path folder) {
        this.folder = folder;
    }

    @Override
    public void register(Routes routes) {
        routes.get(PATH + "/{name}", this::file);
    }

    private Reply file(WebRequest request) {
        String name = request.pathParam("name");
        if (!NAME.matcher(name).matches()) {
            return Reply.bare(404);
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Reply.bare(404);
        }
        try {
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return new Reply(200, TYPES.get(extension), Files.readAllBytes(file), Map.of("Cache-Control", "private, no-store",
                    "X-Robots-Tag", "noindex", "Referrer-Policy", "no-referrer", "Content-Disposition",
                    ("html".equals(extension) ? "inline" : "attachment") + "; filename=\"" + name + "\""), java.util.List.of());
        } catch (IOException e) {
            log.warn("A printed file could not be read: {}", e.getClass().getSimpleName());
            return Reply.bare(404);
        }
    }
}
