package org.tresse.print.report.sections;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.tresse.core.i18n.Texts;
import org.tresse.print.chart.Chart;

/** The words and numbers the standard sections share. */
final class Wording {
    /** The channels in the order reports list them; others follow, by name. */
    private static final List<String> ORDER = List.of("telegram", "matrix", "email", "web", "salle", "console");

    private Wording() {}

    /** "Telegram", "E-mail", "Site web"...; a channel without a name in the bundle keeps its own. */
    static String channel(Texts texts, String channel) {
        String key = "impression.canal." + channel;
        try {
            return texts.get(key);
        } catch (java.util.MissingResourceException e) {
            return channel;
        }
    }

    static Comparator<String> channelOrder() {
        return Comparator.comparingInt((String channel) -> ORDER.contains(channel) ? ORDER.indexOf(channel) : ORDER.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** "1 234" / "1,234". */
    static String count(Texts texts, long value) {
        return NumberFormat.getIntegerInstance(texts.language().locale()).format(value);
    }

    static String percent(Texts texts, int value) {
        return texts.get("impression.nombre.pourcent", value);
    }

    /** "Telegram : 40, E-mail : 12": a chart's data said in a sentence, for its description. */
    static String describe(Texts texts, List<Chart.Datum> data) {
        List<String> parts = new ArrayList<>();
        data.forEach(datum -> parts.add(texts.get("rapport.graphique.valeur", datum.label(), datum.shown())));
        return parts.isEmpty() ? texts.get("rapport.graphique.vide") : String.join(", ", parts);
    }

    static String percent(Texts texts, OptionalInt value) {
        return value.isPresent() ? percent(texts, value.getAsInt()) : texts.get("impression.nombre.inconnu");
    }
}
