package org.tresse.web.page;

import java.util.Optional;
import org.tresse.core.event.EventCalendar;
import org.tresse.core.event.FeedTokens;
import org.tresse.core.groups.Group;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.Texts;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.web.Site;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;

/**
 * The agenda's iCalendar feeds (RFC 5545), the links {@code /agenda lien} gives: {@code /agenda.ics}
 * for every event on the agenda, {@code /agenda/GROUP.ics} for one group's. Public events only,
 * the members' too when {@code ?jeton=} is a member's personal token. A group kept off the public
 * pages has a feed for members only, and its events, even public ones, are in the members' feeds
 * only (its public pages would not show them either); each event with a page carries it as URL; an unknown group, or a token that names nobody, is a 404
 * (a calendar application shows that the link is wrong, and a guess learns nothing).
 */
public final class CalendarFeeds {
    private static final String SUFFIX = ".ics";

    private final Pages pages;
    private final Database database;
    private final EventCalendar calendar;
    private final FeedTokens tokens;
    private final People people;
    private final Groups groups;

    public CalendarFeeds(Pages pages, Database database, EventCalendar calendar, FeedTokens tokens, People people, Groups groups) {
        this.pages = pages;
        this.database = database;
        this.calendar = calendar;
        this.tokens = tokens;
        this.people = people;
        this.groups = groups;
    }

    /** {@code GET /agenda.ics}. */
    public Reply all(WebRequest request) {
        return database.inTransaction(handle -> {
            Optional<Boolean> member = member(handle, request);
            if (member.isEmpty()) {
                return pages.page(404, request);
            }
            Texts t = pages.texts(request);
            String name = t.get("agenda.flux", pages.site().name());
            return feed(calendar.feed(handle, Optional.empty(), member.get(), name, pages.site().hiddenGroups()), member.get());
        });
    }

    /** {@code GET /agenda/{file}}, the file being {@code GROUP.ics}. */
    public Reply group(WebRequest request) {
        String file = request.pathParam("file");
        if (!file.endsWith(SUFFIX)) {
            return pages.page(404, request);
        }
        String slug = file.substring(0, file.length() - SUFFIX.length());
        Site site = pages.site();
        return database.inTransaction(handle -> {
            Optional<Group> group = groups.find(handle, slug);
            Optional<Boolean> member = member(handle, request);
            if (group.isEmpty() || member.isEmpty() || !member.get() && !site.shows(Optional.of(slug))) {
                return pages.page(404, request);
            }
            Texts t = pages.texts(request);
            String name = t.get("agenda.flux.groupe", site.name(), group.get().name());
            return feed(calendar.feed(handle, Optional.of(slug), member.get(), name, site.hiddenGroups()), member.get());
        });
    }

    /** Whether the link names a member (false without a token); empty when its token names nobody or no member. */
    private Optional<Boolean> member(Handle handle, WebRequest request) {
        Optional<String> token = request.query("jeton").filter(value -> !value.isBlank());
        if (token.isEmpty()) {
            return Optional.of(false);
        }
        return tokens.person(handle, token.get()).filter(person -> people.hasRole(handle, person, Role.MEMBER, Optional.empty()))
                .map(person -> true);
    }

    private static Reply feed(String ics, boolean personal) {
        // a personal feed is nobody else's: no shared cache keeps it
        return Reply.of(200, EventCalendar.MEDIA_TYPE, ics).withHeader("Cache-Control", personal ? "private, no-store" : "public, max-age=300");
    }
}
