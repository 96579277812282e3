package org.tresse.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.DecisionEvent;
import org.tresse.core.decision.DecisionPage;
import org.tresse.core.decision.DecisionQuery;
import org.tresse.core.decision.DecisionScope;
import org.tresse.core.decision.Decisions;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Html;
import org.tresse.core.groups.Groups;
import org.tresse.core.store.Database;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.view.DecisionLine;
import org.tresse.web.view.DecisionView;
import org.tresse.web.view.DecisionsView;
import org.tresse.web.view.FormState;
import org.tresse.web.view.Markdown;
import org.tresse.web.view.Page;
import org.tresse.web.view.Results;

/** {@code /decisions}: the register, searched and filtered; {@code /decisions/{n}}: a decision's permanent page. */
public final class DecisionPages {
    static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final Pages pages;
    private final Database database;
    private final Decisions decisions;
    private final Groups groups;

    public DecisionPages(Pages pages, Database database, Decisions decisions, Groups groups) {
        this.pages = pages;
        this.database = database;
        this.decisions = decisions;
        this.groups = groups;
    }

    public Reply list(WebRequest request) {
        Texts t = pages.texts(request);
        FormState search = FormState.empty();
        String words = request.query("q").map(String::strip).orElse("");
        search.value("q", words);
        Optional<LocalDate> since = day(request, "du", search, t);
        Optional<LocalDate> until = day(request, "au", search, t);
        if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
            search.error("au", t.get("releve.erreur.ordre"));
        }
        if (words.length() > 200) {
            search.error("q", t.get("releve.erreur.mots"));
        }
        Optional<String> group = request.query("groupe").map(String::strip);
        search.value("groupe", group.orElse(""));
        int pageNumber = request.query("page").filter(text -> text.matches("\\d{1,6}")).map(Integer::parseInt)
                .filter(number -> number >= 1).orElse(1);
        return pages.render(request, search.hasErrors() ? 400 : 200, t.get("releve.titre"), "decisions.jte", page ->
                Map.of("view", database.inTransaction(handle -> {
                    Map<String, String> names = HomePage.groupNames(groups, handle);
                    List<DecisionsView.GroupChoice> choices = new ArrayList<>();
                    names.forEach((slug, name) -> {
                        if (pages.site().shows(Optional.of(slug))) {
                            choices.add(new DecisionsView.GroupChoice(slug, name, group.map(slug::equals).orElse(false)));
                        }
                    });
                    if (group.isPresent() && choices.stream().noneMatch(DecisionsView.GroupChoice::selected)) {
                        search.error("groupe", t.get("releve.erreur.groupe", group.get()));
                    }
                    if (search.hasErrors()) {
                        return new DecisionsView(search, choices, List.of(), 0, 1, 1, Optional.empty(), Optional.empty());
                    }
                    DecisionQuery query = new DecisionQuery(Arrays.asList(words.split("\\s+")), group, since, pageNumber, PAGE_SIZE);
                    DecisionPage found = decisions.search(handle, query, new DecisionScope(until, pages.site().hiddenGroups()));
                    List<DecisionLine> lines = found.decisions().stream().map(decision -> Lines.decision(page, decision, names)).toList();
                    Optional<String> previous = pageNumber > 1 ? Optional.of(href(request, pageNumber - 1)) : Optional.empty();
                    Optional<String> next = pageNumber < found.pages() ? Optional.of(href(request, pageNumber + 1)) : Optional.empty();
                    return new DecisionsView(search, choices, lines, found.total(), pageNumber, found.pages(), previous, next);
                })));
    }

    private static Optional<LocalDate> day(WebRequest request, String field, FormState search, Texts t) {
        Optional<String> text = request.query(field).map(String::strip);
        search.value(field, text.orElse(""));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException iso) {
            try {
                return Optional.of(LocalDate.parse(text.get(), FRENCH_DAY));
            } catch (DateTimeParseException french) {
                search.error(field, t.get("releve.erreur.date", text.get()));
                return Optional.empty();
            }
        }
    }

    private static String href(WebRequest request, int pageNumber) {
        StringBuilder href = new StringBuilder("/decisions?page=").append(pageNumber);
        for (String name : List.of("q", "groupe", "du", "au")) {
            request.query(name).ifPresent(value -> href.append('&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        return href.toString();
    }

    public Reply show(WebRequest request) {
        String number = request.pathParam("n");
        if (!number.matches("\\d{1,12}")) {
            return pages.page(404, request);
        }
        Optional<Decision> found = database.inTransaction(handle -> decisions.find(handle, Long.parseLong(number)))
                .filter(decision -> pages.site().shows(decision.group()));
        if (found.isEmpty()) {
            return pages.page(404, request);
        }
        Decision decision = found.get();
        return pages.render(request, 200, decision.currentTitle(), "decision.jte", page -> Map.of("view",
                view(page, decision, database.inTransaction(handle -> HomePage.groupNames(groups, handle)))));
    }

    private static DecisionView view(Page page, Decision decision, Map<String, String> names) {
        Texts t = page.texts();
        String how = decision.source() == Decision.Source.POLL
                ? t.get("decision.par.sondage", decision.pollId().orElse(0L), page.date(decision.decidedOn()))
                : t.get("decision.en.reunion", page.date(decision.decidedOn()), page.date(decision.recordedAt()));
        List<DecisionView.HistoryItem> history = new ArrayList<>();
        for (DecisionEvent event : decision.history()) {
            if (event.kind() == DecisionEvent.Kind.REVISED) {
                StringBuilder html = new StringBuilder();
                event.title().ifPresent(title -> html.append("<p>").append(Html.escape(t.get("historique.nouveau.titre", title)))
                        .append("</p>"));
                event.body().ifPresent(body -> html.append(Markdown.html(body)));
                history.add(new DecisionView.HistoryItem(t.get("historique.revision", page.date(event.happenedAt())),
                        page.iso(event.happenedAt()), html.toString()));
            } else {
                history.add(new DecisionView.HistoryItem(t.get("historique.annulation", page.date(event.happenedAt())),
                        page.iso(event.happenedAt()), Markdown.html(event.reason().orElse(""))));
            }
        }
        boolean bodyIsTitle = decision.currentBody().strip().equals(decision.currentTitle().strip());
        return new DecisionView(Lines.decision(page, decision, names), bodyIsTitle ? "" : Markdown.html(decision.currentBody()), how,
                decision.pollId(), decision.pollVote().map(vote -> Results.of(t, decision.id(), decision.currentTitle(), vote)),
                history);
    }
}
