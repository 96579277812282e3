package org.tresse.web.page;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.web.Site;
import org.tresse.web.http.Failures;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.security.Cookies;
import org.tresse.web.security.Csrf;
import org.tresse.web.view.Message;
import org.tresse.web.view.Page;
import org.tresse.web.view.Views;

/**
 * What every page handler shares: the visitor's language ({@code ?lang=}, then the cookie it
 * sets, then {@code Accept-Language}, then the association's), the form token, rendering with
 * the layout, and the error pages.
 */
public final class Pages implements Failures {
    public static final String LANGUAGE_COOKIE = "tresse_lang";

    private final Site site;
    private final I18n i18n;
    private final Views views;
    private final Csrf csrf;
    private final Cookies cookies;

    public Pages(Site site, I18n i18n, Views views, Csrf csrf, Cookies cookies) {
        this.site = site;
        this.i18n = i18n;
        this.views = views;
        this.csrf = csrf;
        this.cookies = cookies;
    }

    public Site site() {
        return site;
    }

    public Csrf csrf() {
        return csrf;
    }

    public Cookies cookies() {
        return cookies;
    }

    public Texts texts(WebRequest request) {
        return i18n.texts(language(request));
    }

    static Language language(WebRequest request, Language fallback) {
        Optional<Language> asked = request.query("lang").flatMap(Pages::code);
        if (asked.isPresent()) {
            return asked.get();
        }
        Optional<Language> kept = request.cookie(LANGUAGE_COOKIE).flatMap(Pages::code);
        if (kept.isPresent()) {
            return kept.get();
        }
        return request.header("accept-language").flatMap(Pages::preferred).orElse(fallback);
    }

    private Language language(WebRequest request) {
        return language(request, site.language());
    }

    private static Optional<Language> code(String text) {
        return "fr".equals(text) ? Optional.of(Language.FR) : "en".equals(text) ? Optional.of(Language.EN) : Optional.empty();
    }

    /** The best of fr and en in an Accept-Language header, by weight. */
    static Optional<Language> preferred(String header) {
        Language best = null;
        double bestWeight = 0;
        for (String part : header.split(",")) {
            String[] pieces = part.strip().split(";");
            String tag = pieces[0].strip().toLowerCase(Locale.ROOT);
            double weight = 1;
            for (int index = 1; index < pieces.length; index++) {
                String parameter = pieces[index].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            Optional<Language> language = code(tag.length() >= 2 ? tag.substring(0, 2) : tag);
            if (language.isPresent() && weight > bestWeight) {
                best = language.get();
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Renders {@code template} with the layout; {@code model} fills its parameters besides {@code page}. */
    public Reply render(WebRequest request, int status, String title, String template, Map<String, Object> model) {
        return render(request, status, title, template, page -> model);
    }

    /** Renders {@code template}; {@code model} is built with the page (its texts, its date formats). */
    public Reply render(WebRequest request, int status, String title, String template,
            java.util.function.Function<Page, Map<String, Object>> model) {
        Texts texts = texts(request);
        Csrf.Issued issued = csrf.issue(request);
        String shown = status == 400 ? texts.get("titre.erreur", title) : title;
        Page page = new Page(texts, site, shown, pathWithQuery(request), issued.token());
        Map<String, Object> parameters = new java.util.HashMap<>(model.apply(page));
        parameters.put("page", page);
        Reply reply = Reply.html(status, views.render(template, parameters)).withCookie(issued.setCookie());
        return request.query("lang").flatMap(Pages::code)
                .map(language -> reply.withCookie(cookies.lax(LANGUAGE_COOKIE, language.code(), Duration.ofDays(365))))
                .orElse(reply);
    }

    /** A page saying one thing. */
    public Reply message(WebRequest request, int status, Message message) {
        return render(request, status, message.heading(), "message.jte", Map.of("message", message));
    }

    @Override
    public Reply page(int status, WebRequest request) {
        Texts t = texts(request);
        String key = switch (status) {
            case 404, 405, 413, 400, 403, 429, 410 -> "erreur." + status;
            default -> "erreur.500";
        };
        return message(request, status, Message.of(t.get(key + ".titre"), t.get(key + ".texte")).withLink("/", t.get("erreur.accueil")));
    }

    /** Refuses a form sent too often from one address. */
    public Reply tooMany(WebRequest request, long retryAfterSeconds) {
        return page(429, request).withHeader("Retry-After", String.valueOf(Math.max(1, retryAfterSeconds)));
    }

    private static String pathWithQuery(WebRequest request) {
        List<String> kept = new ArrayList<>();
        for (String name : List.of("q", "groupe", "du", "au", "page", "sondage")) {
            request.query(name).ifPresent(value -> kept.add(name + "=" + java.net.URLEncoder.encode(value,
                    java.nio.charset.StandardCharsets.UTF_8)));
        }
        return kept.isEmpty() ? request.path() : request.path() + "?" + String.join("&", kept);
    }
}
