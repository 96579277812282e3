package org.tresse.web.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.announcement.Announcement;
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
import org.tresse.web.view.Markdown;

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

    public Reply archive(WebRequest request) {
        return pages.render(request, 200, pages.texts(request).get("annonces.titre"), "announcements.jte",
                page -> Map.of("items", publicAnnouncements(ARCHIVE).stream().map(item -> Lines.announcement(page, item)).toList()));
    }

    private List<Announcement> publicAnnouncements(int limit) {
        Site site = pages.site();
        return database.inTransaction(handle -> announcements.recentlySent(handle, limit * 2)).stream()
                .filter(item -> Lines.isPublic(site, item)).limit(limit).toList();
    }

    public Reply feed(WebRequest request) {
        Site site = pages.site();
        Texts t = pages.texts(request);
        List<Entry> entries = new ArrayList<>();
        for (Announcement item : publicAnnouncements(FEED)) {
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
        xml.append("<title>").append(Html.escape(t.get("flux.titre", site.name()))).append("</title>\n");
        xml.append("<id>").append(Html.escape(site.url("/flux.atom"))).append("</id>\n");
        xml.append("<link rel=\"self\" href=\"").append(Html.escape(site.url("/flux.atom"))).append("\"/>\n");
        xml.append("<link rel=\"alternate\" href=\"").append(Html.escape(site.url("/"))).append("\"/>\n");
        xml.append("<updated>").append(entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated()).append("</updated>\n");
        xml.append("<author><name>").append(Html.escape(site.name())).append("</name></author>\n");
        for (Entry entry : entries.subList(0, Math.min(FEED, entries.size()))) {
            xml.append("<entry>\n<id>").append(Html.escape(entry.url())).append("</id>\n<title>").append(Html.escape(entry.title()))
                    .append("</title>\n<link href=\"").append(Html.escape(entry.url())).append("\"/>\n<updated>").append(entry.updated())
                    .append("</updated>\n<content type=\"html\">").append(Html.escape(entry.html())).append("</content>\n</entry>\n");
        }
        xml.append("</feed>\n");
        return Reply.of(200, "application/atom+xml; charset=utf-8", xml.toString());
    }

    private record Entry(String url, String title, Instant updated, String html) {}
}
