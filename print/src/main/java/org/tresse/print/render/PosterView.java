package org.tresse.print.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.i18n.Texts;
import org.tresse.print.Branding;
import org.tresse.print.internal.Excerpt;
import org.tresse.print.internal.Typography;
import org.tresse.print.internal.Xml;
import org.tresse.print.poster.Poster;
import org.tresse.print.poster.PosterLayout;
import org.tresse.print.poster.QrTarget;

/** What the poster template shows: one A4 sheet with one, two or four copies of the poster, and the cut lines. */
public final class PosterView {
    private final Poster poster;
    private final PosterLayout layout;
    private final Branding branding;
    private final Optional<String> logo;
    private final Texts texts;
    private final String title;
    private final List<Code> codes;

    PosterView(Poster poster, PosterLayout layout, Branding branding, Optional<String> logo, Texts texts, List<String> svgs) {
        this.poster = poster;
        this.layout = layout;
        this.branding = branding;
        this.logo = logo;
        this.texts = texts;
        this.title = Typography.keepTogether(Excerpt.of(poster.title(), layout.titleLimit()));
        double width = layout.width() - 2 * margin();
        double each = width / 3;
        double start = (width - each * poster.codes().size()) / 2;
        List<Code> placed = new ArrayList<>();
        for (int index = 0; index < poster.codes().size(); index++) {
            placed.add(new Code(poster.codes().get(index), svgs.get(index), mm(start + index * each)));
        }
        this.codes = List.copyOf(placed);
    }

    /** A QR code with where it sits in its row. */
    public record Code(QrTarget target, String svg, String left) {}

    /** Where one copy of the poster sits on the sheet. */
    public record Cell(String left, String top) {}

    /** A dashed line to cut along. */
    public record Cut(boolean vertical, String style) {}

    public Poster poster() {
        return poster;
    }

    public String invitation() {
        return Typography.keepTogether(poster.invitation());
    }

    public String title() {
        return title;
    }

    public String titleSize() {
        return Xml.number(layout.titleSize(title.length())) + "pt";
    }

    public String layout() {
        return layout.word();
    }

    public String language() {
        return texts.language().code();
    }

    public String documentTitle() {
        return poster.kicker() + " — " + Excerpt.of(poster.title(), 80) + " — " + branding.name();
    }

    public String association() {
        return branding.name();
    }

    public Optional<String> logo() {
        return logo;
    }

    public String logoAlt() {
        return texts.get("impression.logo.alt", branding.name());
    }

    public String css() {
        return "@page { size: " + sheetWidth() + " " + sheetHeight() + "; margin: 0; }\n" + Css.of("poster.css", branding);
    }

    public String sheetWidth() {
        return layout.landscape() ? "297mm" : "210mm";
    }

    public String sheetHeight() {
        return layout.landscape() ? "210mm" : "297mm";
    }

    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (int index = 0; index < layout.perSheet(); index++) {
            int column = layout == PosterLayout.A6X4 ? index % 2 : index;
            int row = layout == PosterLayout.A6X4 ? index / 2 : 0;
            cells.add(new Cell(mm(column * layout.width()), mm(row * layout.height())));
        }
        return cells;
    }

    public List<Code> codes() {
        return codes;
    }

    public List<Cut> cuts() {
        List<Cut> cuts = new ArrayList<>();
        if (layout != PosterLayout.A4) {
            cuts.add(new Cut(true, "left: " + mm(layout.width()) + "; height: " + sheetHeight() + ";"));
        }
        if (layout == PosterLayout.A6X4) {
            cuts.add(new Cut(false, "top: " + mm(layout.height()) + "; width: " + sheetWidth() + ";"));
        }
        return cuts;
    }

    private double margin() {
        return switch (layout) {
            case A4 -> 15;
            case A5X2 -> 10;
            case A6X4 -> 6;
        };
    }

    private static String mm(double value) {
        return Xml.number(value) + "mm";
    }
}
