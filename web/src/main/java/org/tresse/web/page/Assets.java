package org.tresse.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tresse.web.Site;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The style sheet, with the association's colours put in, and its logo: read once, when the
 * front door is built, and served from memory. A logo that is missing, too large or not an
 * image is left out with a warning; the pages show the name alone.
 */
public final class Assets {
    static final int MAX_LOGO_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(Assets.class);

    private final byte[] style;
    private final Optional<Reply> logo;

    public Assets(Site site) {
        String css = resource("/org/tresse/web/static/style.css");
        String colours = ":root{--primaire:" + site.primaryColor() + ";--accent:" + site.accentColor() + ";}\n";
        this.style = (colours + css).getBytes(StandardCharsets.UTF_8);
        this.logo = site.logoFile().flatMap(Assets::readLogo);
    }

    /** The site with its logo left out if the file can't be served. */
    public static Site checked(Site site) {
        if (site.logoFile().isPresent() && site.logoFile().flatMap(Assets::readLogo).isEmpty()) {
            return new Site(site.name(), site.description(), Optional.empty(), site.primaryColor(), site.accentColor(), site.legal(),
                    site.baseUrl(), site.secure(), site.embedFrom(), site.hiddenGroups(), site.contacts(), site.zone(), site.language());
        }
        return site;
    }

    public Reply style(WebRequest request) {
        return new Reply(200, "text/css; charset=utf-8", style, Map.of("Cache-Control", "public, max-age=3600"), java.util.List.of());
    }

    public Optional<Reply> logo() {
        return logo;
    }

    private static Optional<Reply> readLogo(String file) {
        Path path = Path.of(file);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".png") ? "image/png" : name.endsWith(".svg") ? "image/svg+xml"
                : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_LOGO_BYTES) {
                log.warn("The logo {} is missing or larger than 1 MB; the pages show the name alone", path.toAbsolutePath());
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            if (!looksLike(type, bytes)) {
                log.warn("The logo {} is not a {} image; the pages show the name alone", path.toAbsolutePath(), type);
                return Optional.empty();
            }
            return Optional.of(new Reply(200, type, bytes, Map.of("Cache-Control", "public, max-age=86400"), java.util.List.of()));
        } catch (IOException e) {
            log.warn("The logo {} could not be read; the pages show the name alone", path.toAbsolutePath(), e);
            return Optional.empty();
        }
    }

    private static boolean looksLike(String type, byte[] bytes) {
        if (bytes.length < 4) {
            return false;
        }
        return switch (type) {
            case "image/png" -> (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
            case "image/jpeg" -> (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
            case "image/webp" -> bytes.length > 12 && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
            default -> new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).contains("<svg");
        };
    }

    private static String resource(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
