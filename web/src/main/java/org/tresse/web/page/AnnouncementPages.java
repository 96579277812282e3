package org.tresse.web.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.AnnouncementPage;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.DecisionQuery;
import org.tresse.core.decision.DecisionScope;
import org.tresse.core.decision.Decisions;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Html;
import org.tresse.core.store.Database;
import org.tresse.web.Site;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.view.AnnouncementsView;
import org.tresse.web.view.Markdown;
import org.tresse.web.view.Message;

/**
 * {@code /annonces}: the archive of announcements sent to everyone (or to public groups);
 * {@code /flux.atom}: an Atom feed of them and of the decisions, for the website and social tools.
 */
public final class AnnouncementPages {
    static final int ARCHIVE = 50;
    static final int FEED = 30;

    private final Pages pages;
    private final Database database;
    private final Announcements announcements;
    private final Decisions decisions;

    public AnnouncementPages(Pages pages, Database database, Announcements announcements, Decisions decisions) {
        this.pages = pages;
        this.database = database;
        this.announcements = announcements;
        this.decisions = decisions;
    }

    /**
     * A page of the archive, {@link #ARCHIVE} announcements, {@code ?page=N} from 1 with links to the pages
     * beside it. A page that is not a number says how to write one (400); a page past the last says how
     * many there are and links to the last (404).
     */
    public Reply archive(WebRequest request) {
        Texts t = pages.texts(request);
        Optional<String> asked = request.query("page").map(String::strip);
        if (asked.isPresent() && !asked.get().matches("0*[1-9]\\d{0,17}")) {
            return pages.message(request, 400, Message.of(t.get("annonces.page.invalide.titre"), t.get("annonces.page.invalide"))
                    .withLink("/annonces", t.get("annonces.premiere")));
        }
        long number = asked.map(Long::parseLong).orElse(1L);
        Site site = pages.site();
        AnnouncementPage found = database.inTransaction(handle -> Lines.publicAnnouncements(handle, announcements, site,
                (int) Math.min(number, Integer.MAX_VALUE), ARCHIVE));
        if (number > found.pages()) {
            return pages.message(request, 404, Message.of(t.get("annonces.page.au.dela.titre"),
                    t.get("annonces.page.au.dela", number, found.pages())).withLink(href(found.pages()), t.get("annonces.derniere")));
        }
        return pages.render(request, 200, number == 1 ? t.get("annonces.titre") : t.get("annonces.titre.page", number),
                "announcements.jte", page -> Map.of("view", new AnnouncementsView(
                        found.announcements().stream().map(item -> Lines.announcement(page, item)).toList(), number, found.pages(),
                        number > 1 ? Optional.of(href(number - 1)) : Optional.empty(),
                        number < found.pages() ? Optional.of(href(number + 1)) : Optional.empty())));
    }

    private static String href(long number) {
        return number == 1 ? "/annonces" : "/annonces?page=" + number;
    }

    public Reply feed(WebRequest request) {
        Site site = pages.site();
        Texts t = pages.texts(request);
        List<Entry> entries = new ArrayList<>();
        List<Announcement> news = database.inTransaction(handle -> Lines.publicAnnouncements(handle, announcements, site, 1, FEED))
                .announcements();
        for (Announcement item : news) {
            Instant at = item.sentAt().orElse(item.createdAt());
            String plain = Markdown.plain(item.text()).strip();
            String title = plain.lines().findFirst().orElse(t.get("flux.annonce", item.id()));
            entries.add(new Entry(site.url("/annonces#annonce-" + item.id()), title.length() > 120 ? title.substring(0, 119) + "…" : title,
                    at, Markdown.html(item.text())));
        }
        List<Decision> recent = database.inTransaction(handle -> decisions.search(handle,
                new DecisionQuery(List.of(), Optional.empty(), Optional.empty(), 1, FEED),
                new DecisionScope(Optional.empty(), site.hiddenGroups())).decisions());
        for (Decision decision : recent) {
            Instant updated = decision.history().isEmpty() ? decision.recordedAt()
                    : decision.history().get(decision.history().size() - 1).happenedAt();
            entries.add(new Entry(site.url("/decisions/" + decision.id()), t.get("flux.decision", decision.id(), decision.currentTitle()),
                    updated, Markdown.html(decision.currentBody())));
        }
        entries.sort(Comparator.comparing(Entry::updated).reversed());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(t.language().code()).append("\">\n");
        xml.append("<title>").append(xmlText(t.get("flux.titre", site.name()))).append("</title>\n");
        xml.append("<id>").append(xmlText(site.url("/flux.atom"))).append("</id>\n");
        xml.append("<link rel=\"self\" href=\"").append(xmlText(site.url("/flux.atom"))).append("\"/>\n");
        xml.append("<link rel=\"alternate\" href=\"").append(xmlText(site.url("/"))).append("\"/>\n");
        xml.append("<updated>").append(entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated()).append("</updated>\n");
        xml.append("<author><name>").append(xmlText(site.name())).append("</name></author>\n");
        for (Entry entry : entries.subList(0, Math.min(FEED, entries.size()))) {
            xml.append("<entry>\n<id>").append(xmlText(entry.url())).append("</id>\n<title>").append(xmlText(entry.title()))
                    .append("</title>\n<link href=\"").append(xmlText(entry.url())).append("\"/>\n<updated>").append(entry.updated())
                    .append("</updated>\n<content type=\"html\">").append(xmlText(entry.html())).append("</content>\n</entry>\n");
        }
        xml.append("</feed>\n");
        return Reply.of(200, "application/atom+xml; charset=utf-8", xml.toString());
    }

    /**
     * Escaped for XML, without the characters XML 1.0 forbids (a noncharacter, a lone surrogate
     * pasted in an announcement): one of them would make the whole feed unreadable.
     */
    static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(AnnouncementPages::allowedInXml).forEach(kept::appendCodePoint);
        return Html.escape(kept.toString());
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private record Entry(String url, String title, Instant updated, String html) {}
}
