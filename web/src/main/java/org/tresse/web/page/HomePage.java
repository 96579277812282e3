package org.tresse.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.decision.DecisionQuery;
import org.tresse.core.decision.DecisionScope;
import org.tresse.core.decision.Decisions;
import org.tresse.core.groups.Group;
import org.tresse.core.groups.Groups;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.web.Site;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.view.FormState;
import org.tresse.web.view.HomeView;
import org.tresse.web.view.Page;

/** {@code /}: the association, open polls and consultations, latest decisions and announcements; and {@code /integrer}. */
public final class HomePage {
    static final int LATEST = 5;

    private final Pages pages;
    private final Database database;
    private final Polls polls;
    private final Decisions decisions;
    private final Announcements announcements;
    private final Groups groups;

    public HomePage(Pages pages, Database database, Polls polls, Decisions decisions, Announcements announcements, Groups groups) {
        this.pages = pages;
        this.database = database;
        this.polls = polls;
        this.decisions = decisions;
        this.announcements = announcements;
        this.groups = groups;
    }

    public Reply show(WebRequest request) {
        return showWith(request, 200, 0, FormState.empty());
    }

    /** The home page with the answer form of consultation {@code pollId} as typed, and its error. */
    Reply showWith(WebRequest request, int status, long pollId, FormState form) {
        return pages.render(request, status, pages.site().name(), "home.jte",
                page -> Map.of("view", database.inTransaction(handle -> view(handle, page, pollId, form))));
    }

    public Reply embed(WebRequest request) {
        return pages.render(request, 200, pages.texts(request).get("integrer.titre", pages.site().name()), "embed.jte",
                page -> Map.of("view", database.inTransaction(handle -> view(handle, page, 0, FormState.empty()))));
    }

    private HomeView view(Handle handle, Page page, long pollId, FormState form) {
        Site site = pages.site();
        Map<String, String> names = groupNames(groups, handle);
        var open = polls.openPolls(handle).stream().filter(poll -> Lines.isPublic(site, poll))
                .map(poll -> Lines.poll(page, poll, names)).toList();
        var latest = decisions.search(handle, new DecisionQuery(List.of(), Optional.empty(), Optional.empty(), 1, LATEST),
                new DecisionScope(Optional.empty(), site.hiddenGroups())).decisions().stream()
                .map(decision -> Lines.decision(page, decision, names)).toList();
        var news = Lines.publicAnnouncements(handle, announcements, site, 1, LATEST).announcements().stream()
                .map(item -> Lines.announcement(page, item)).toList();
        return new HomeView(open, latest, news, site.contacts(), form, pollId);
    }

    static Map<String, String> groupNames(Groups groups, Handle handle) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Group group : groups.all(handle)) {
            names.put(group.slug(), group.name());
        }
        return names;
    }
}
