package org.tresse.web.page;

import java.util.Map;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;

/** {@code /mentions-legales} from {@code tresse.yml}, and {@code /confidentialite}: what Tresse keeps, why, how long, your rights. */
public final class LegalPages {
    private final Pages pages;

    public LegalPages(Pages pages) {
        this.pages = pages;
    }

    public Reply legal(WebRequest request) {
        return pages.render(request, 200, pages.texts(request).get("mentions.titre"), "legal.jte",
                Map.of("legal", pages.site().legal()));
    }

    public Reply privacy(WebRequest request) {
        return pages.render(request, 200, pages.texts(request).get("vie.privee.titre"), "privacy.jte",
                Map.of("legal", pages.site().legal()));
    }
}
