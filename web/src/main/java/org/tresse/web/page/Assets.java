package org.tresse.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.tresse.config.LogoImage;
import org.tresse.web.Site;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;

/**
 * The style sheet, with the association's colours put in, and its logo: read once, when the
 * front door is built, and served from memory. A logo that is missing, too large or not an
 * image is left out with a warning ({@link LogoImage}); the pages show the name alone.
 */
public final class Assets {
    private final byte[] style;
    private final Optional<Reply> logo;
    private final Site site;

    public Assets(Site site) {
        String css = resource("/org/tresse/web/static/style.css");
        String colours = ":root{--primaire:" + site.primaryColor() + ";--accent:" + site.accentColor() + ";}\n";
        this.style = (colours + css).getBytes(StandardCharsets.UTF_8);
        this.logo = site.logoFile().flatMap(Assets::readLogo);
        this.site = site.logoFile().isPresent() && logo.isEmpty()
                ? new Site(site.name(), site.description(), Optional.empty(), site.primaryColor(), site.accentColor(), site.legal(),
                        site.baseUrl(), site.secure(), site.embedFrom(), site.hiddenGroups(), site.contacts(), site.zone(), site.language())
                : site;
    }

    /** The site as the pages show it: its logo left out if the file can't be served. */
    public Site site() {
        return site;
    }

    public Reply style(WebRequest request) {
        return new Reply(200, "text/css; charset=utf-8", style, Map.of("Cache-Control", "public, max-age=3600"), java.util.List.of());
    }

    public Optional<Reply> logo() {
        return logo;
    }

    private static Optional<Reply> readLogo(String file) {
        return LogoImage.read(file).map(logo -> new Reply(200, logo.mediaType(), logo.bytes(),
                Map.of("Cache-Control", "public, max-age=86400"), java.util.List.of()));
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
