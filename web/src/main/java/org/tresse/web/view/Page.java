package org.tresse.web.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.tresse.core.i18n.Texts;
import org.tresse.web.Site;

/**
 * What every page template gets: the texts in the visitor's language, the site, the page's own
 * title and path, the form token, and how to format dates and numbers.
 *
 * @param csrf the token to put in this page's forms
 */
public record Page(Texts texts, Site site, String title, String path, String csrf) {
    public String t(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    public String lang() {
        return texts.language().code();
    }

    /** The same page in the other language. */
    public String otherLanguageHref() {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + ("fr".equals(lang()) ? "en" : "fr");
    }

    public String otherLanguageCode() {
        return "fr".equals(lang()) ? "en" : "fr";
    }

    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.language().locale()));
    }

    public String date(Instant instant) {
        return date(instant.atZone(site.zone()).toLocalDate());
    }

    public String dateTime(Instant instant) {
        var local = instant.atZone(site.zone());
        String time = local.format(DateTimeFormatter.ofPattern("fr".equals(lang()) ? "HH'h'mm" : "h:mm a",
                texts.language().locale()));
        return t("date.heure", date(local.toLocalDate()), time);
    }

    public String iso(LocalDate day) {
        return day.toString();
    }

    public String iso(Instant instant) {
        return instant.toString();
    }

    /** {@code "page"} on the navigation link of the section shown, null on the others. */
    public String current(String section) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        boolean here = section.equals("/") ? bare.equals("/") : bare.equals(section) || bare.startsWith(section + "/");
        return here ? "page" : null;
    }

    public boolean hasLogo() {
        return site.logoFile().isPresent();
    }

    public Optional<String> description() {
        return site.description();
    }

    /** The page's title as the browser tab shows it. */
    public String fullTitle() {
        return title.equals(site.name()) ? title : title + " · " + site.name();
    }
}
