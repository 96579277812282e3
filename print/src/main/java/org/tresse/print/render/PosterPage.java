package org.tresse.print.render;

import java.util.List;
import java.util.Optional;
import org.tresse.core.i18n.Texts;
import org.tresse.print.Branding;
import org.tresse.print.poster.Poster;
import org.tresse.print.poster.PosterLayout;

/** A poster as XHTML, ready for the PDF. */
public final class PosterPage {
    private PosterPage() {}

    /** @param svgs the poster's QR codes as SVG, in the order of its codes */
    public static String render(Poster poster, PosterLayout layout, Branding branding, Optional<String> logo, Texts texts,
            List<String> svgs) {
        return Templates.render("poster.jte", new PosterView(poster, layout, branding, logo, texts, svgs));
    }
}
