package org.tresse.commands.event;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.groups.GroupFeature;
import org.tresse.core.event.Event;
import org.tresse.core.event.Events;
import org.tresse.core.event.FeedTokens;
import org.tresse.core.event.Occurrence;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.Texts;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Markup;
import org.tresse.core.people.Role;

/**
 * {@code /agenda}: what is coming in the next weeks, per group or all, public events for everyone
 * and the members' too for members; {@code /agenda lien} gives the calendar links (a personal one,
 * with the members' events, to members).
 */
final class AgendaCommand {
    static final Duration AHEAD = Duration.ofDays(45);
    static final int MAX_LINES = 25;

    private final Events events;
    private final FeedTokens tokens;
    private final Groups groups;
    private final Optional<String> publicUrl;
    private final ZoneId zone;

    AgendaCommand(Events events, FeedTokens tokens, Groups groups, Optional<String> publicUrl, ZoneId zone) {
        this.events = events;
        this.tokens = tokens;
        this.groups = groups;
        this.publicUrl = publicUrl;
        this.zone = zone;
    }

    Command command() {
        return Command.named("agenda", EventFeature.BUNDLE).arguments(0, 2)
                .harmlessIfForged(call -> call.arguments().isEmpty() || !Vocabulary.of(EventFeature.BUNDLE).means("mots.agenda.lien",
                        call.argument(0)))
                .does(this::run);
    }

    private void run(CommandCall call) {
        Vocabulary words = Vocabulary.of(EventFeature.BUNDLE);
        if (!call.arguments().isEmpty() && words.means("mots.agenda.lien", call.argument(0))) {
            links(call, call.arguments().size() > 1 && words.means("mots.agenda.nouveau", call.argument(1)));
            return;
        }
        Optional<String> group = call.arguments().isEmpty() || words.means("mots.agenda.tout", call.argument(0)) ? Optional.empty()
                : Optional.of(GroupFeature.find(call, groups, call.argument(0)).slug());
        boolean member = call.conversation().hasRole(Role.MEMBER, Optional.empty());
        Instant now = call.conversation().now();
        List<Occurrence> coming = events.agenda(call.handle(), now, now.plus(AHEAD), group, member);
        Texts texts = call.conversation().texts();
        if (coming.isEmpty()) {
            call.reply(group.isPresent() ? "agenda.vide.groupe" : "agenda.vide", group.orElse(""), AHEAD.toDays());
            return;
        }
        StringBuilder text = new StringBuilder(texts.get(group.isPresent() ? "agenda.titre.groupe" : "agenda.titre", group.orElse("")));
        for (Occurrence occurrence : coming.subList(0, Math.min(MAX_LINES, coming.size()))) {
            text.append('\n').append(line(texts, occurrence));
        }
        if (coming.size() > MAX_LINES) {
            text.append('\n').append(texts.get("agenda.suite", coming.size() - MAX_LINES));
        }
        text.append("\n\n").append(texts.get("agenda.fin"));
        call.conversation().reply(text.toString());
    }

    private String line(Texts texts, Occurrence occurrence) {
        Event event = occurrence.event();
        String line = texts.get("agenda.ligne", event.key(), Markup.literal(event.title()), EventFormat.when(texts, occurrence),
                occurrence.place().map(place -> texts.get("agenda.lieu", Markup.literal(place))).orElse(""));
        if (event.partner().isPresent()) {
            line += " " + texts.get("agenda.partenaire", event.partner().flatMap(events.rules()::partner).map(p -> p.name()).orElse(""));
        }
        if (!event.open()) {
            line += " " + texts.get("agenda.membres");
        }
        return occurrence.cancelled() ? texts.get("agenda.annule", line) : line;
    }

    private void links(CommandCall call, boolean renew) {
        String base = publicUrl.orElse("");
        StringBuilder text = new StringBuilder(call.t("agenda.lien.public", base + "/agenda.ics"));
        if (call.conversation().hasRole(Role.MEMBER, Optional.empty())) {
            String token = renew ? tokens.renew(call.handle(), call.personId()) : tokens.of(call.handle(), call.personId());
            text.append('\n').append(call.t(renew ? "agenda.lien.nouveau" : "agenda.lien.perso", base + "/agenda.ics?jeton=" + token));
        }
        if (publicUrl.isEmpty()) {
            text.append('\n').append(call.t("agenda.lien.sans.site"));
        }
        call.conversation().replyPrivately(text.toString());
    }
}
