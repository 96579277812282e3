package org.tresse.commands.decision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.groups.GroupFeature;
import org.tresse.commands.poll.ResultFormat;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.DecisionExport;
import org.tresse.core.decision.DecisionPage;
import org.tresse.core.decision.DecisionQuery;
import org.tresse.core.decision.Decisions;
import org.tresse.core.decision.DecisionsDigest;
import org.tresse.core.decision.NewDecision;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Markup;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.Polls;

/**
 * The register: {@code /decision "titre" "texte"} (coordination), {@code /decision N} (anyone),
 * {@code /decision N modifier ...} and {@code /decision N annuler "raison"} (coordination),
 * {@code /decisions [mots] [--groupe G] [--depuis J] [--page P]} (anyone).
 */
public final class DecisionFeature implements Feature {
    /** The resource bundle of the register's texts. */
    public static final String BUNDLE = "org.tresse.commands.decision.texts";
    static final int PAGE_SIZE = 10;

    private final Decisions decisions;
    private final Polls polls;
    private final Groups groups;
    private final ZoneId zone;
    private final DecisionFormat format;

    /** @param polls for a closed poll's result a coordinator records ({@code /decision --sondage 12}) */
    public DecisionFeature(Decisions decisions, Polls polls, Groups groups, People people, ZoneId zone) {
        this.decisions = decisions;
        this.polls = polls;
        this.groups = groups;
        this.zone = zone;
        this.format = new DecisionFormat(zone, people);
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(BUNDLE)
                .texts(DecisionExport.BUNDLE)
                .mergeStep(decisions::merge)
                .export(new DecisionExport(decisions, zone))
                .add(DigestSource.SECTIONS, new DecisionsDigest(decisions, groups))
                .add(CommandRouter.COMMANDS, Command.named("decision", BUNDLE).arguments(0, 80)
                        .option(CommandCall.GROUP).option("date").option("titre").option("sondage")
                        .does(this::decision))
                .add(CommandRouter.COMMANDS, Command.named("decisions", BUNDLE).arguments(0, 20)
                        .option(CommandCall.GROUP).option("depuis").option("page")
                        .harmlessIfForged().does(this::search));
    }

    private void decision(CommandCall call) {
        if (call.option("sondage").isPresent()) {
            fromPoll(call, call.option("sondage").get());
            return;
        }
        if (call.arguments().isEmpty()) {
            throw call.usage();
        }
        String first = call.argument(0);
        if (first.matches("#?\\d{13,}")) {
            throw call.fail("decision.inconnue", first.startsWith("#") ? first.substring(1) : first);
        }
        if (!first.matches("#?\\d{1,12}")) {
            record(call);
            return;
        }
        long id = Long.parseLong(first.startsWith("#") ? first.substring(1) : first);
        Decision decision = decisions.get(call.handle(), id);
        if (call.arguments().size() == 1) {
            call.conversation().reply(format.detail(call.handle(), call.conversation().texts(), decision));
            return;
        }
        Vocabulary words = Vocabulary.of(BUNDLE);
        String rest = call.rest(2);
        if (!call.conversation().hasRole(Role.COORDINATOR, decision.group())) {
            throw call.fail("decision.reservee");
        }
        Decision changed;
        if (words.means("mots.decision.modifier", call.argument(1))) {
            changed = decisions.revise(call.handle(), id, call.option("titre"), rest.isBlank() ? Optional.empty() : Optional.of(rest),
                    call.personId());
            call.reply("decision.modifiee", id, changed.revisions());
        } else if (words.means("mots.decision.annuler", call.argument(1))) {
            changed = decisions.cancel(call.handle(), id, rest, call.personId());
            call.reply("decision.annulee", id, Markup.literal(changed.cancellation().orElseThrow().reason().orElse("")));
        } else {
            throw call.fail("decision.action.inconnue", call.argument(1), id);
        }
    }

    private void record(CommandCall call) {
        Optional<String> group = call.option(CommandCall.GROUP).map(name -> GroupFeature.find(call, groups, name).slug());
        if (!call.conversation().hasRole(Role.COORDINATOR, group)) {
            throw call.fail("decision.reservee");
        }
        if (call.arguments().size() != 2) {
            throw call.fail(call.arguments().size() < 2 ? "decision.texte.manquant" : "decision.guillemets");
        }
        LocalDate today = call.conversation().now().atZone(zone).toLocalDate();
        LocalDate day = call.option("date").map(text -> day(call, text, today)).orElse(today);
        if (day.isAfter(today)) {
            throw call.fail("decision.date.future", call.option("date").orElse(""));
        }
        Decision decision = decisions.record(call.handle(), new NewDecision(call.argument(0), call.argument(1), group, day, call.personId()));
        call.reply("decision.enregistree", decision.id(), Markup.literal(decision.currentTitle()), decision.id());
    }

    /** {@code /decision --sondage 12}: a closed poll's result into the register, in the association's words. */
    private void fromPoll(CommandCall call, String key) {
        Poll poll = polls.get(call.handle(), key);
        if (!call.conversation().hasRole(Role.COORDINATOR, poll.audience().group())) {
            throw call.fail("decision.reservee");
        }
        if (!call.arguments().isEmpty()) {
            throw call.usage();
        }
        String body = poll.isOpen() || poll.cancelled() ? "" : ResultFormat.body(call.conversation().texts(), poll, polls.result(call.handle(), poll));
        Decision decision = polls.recordDecision(call.handle(), poll, body, call.personId());
        call.reply("decision.sondage.enregistree", decision.id(), poll.key(), Markup.literal(decision.currentTitle()), decision.id());
    }

    private void search(CommandCall call) {
        Optional<String> group = call.option(CommandCall.GROUP).map(name -> GroupFeature.find(call, groups, name).slug());
        LocalDate today = call.conversation().now().atZone(zone).toLocalDate();
        Optional<LocalDate> since = call.option("depuis").map(text -> day(call, text, today));
        int page = call.option("page").map(value -> {
            if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1) {
                throw call.fail("decisions.page.format", value);
            }
            return Integer.parseInt(value);
        }).orElse(1);
        DecisionPage found = decisions.search(call.handle(), new DecisionQuery(call.arguments(), group, since, page, PAGE_SIZE));
        Texts texts = call.conversation().texts();
        if (found.decisions().isEmpty()) {
            call.reply(found.total() == 0 ? "decisions.aucune" : "decisions.page.vide", page, found.pages());
            return;
        }
        StringBuilder text = new StringBuilder(texts.get("decisions.titre", found.total()));
        for (Decision decision : found.decisions()) {
            text.append('\n').append(format.line(texts, decision));
        }
        if (found.pages() > 1) {
            text.append("\n\n").append(texts.get("decisions.pages", page, found.pages(), nextPage(call, page, found)));
        }
        text.append("\n\n").append(texts.get("decisions.fin"));
        call.conversation().reply(text.toString());
    }

    private static String nextPage(CommandCall call, int page, DecisionPage found) {
        if (page >= found.pages()) {
            return "";
        }
        Command command = call.command();
        Language language = call.conversation().language();
        List<String> words = new ArrayList<>(call.arguments());
        call.option(CommandCall.GROUP).ifPresent(group -> words.add("--" + command.optionNamed(CommandCall.GROUP).shownIn(language) + " " + group));
        call.option("depuis").ifPresent(since -> words.add("--" + command.optionNamed("depuis").shownIn(language) + " " + since));
        words.add("--" + command.optionNamed("page").shownIn(language) + " " + (page + 1));
        return "/" + command.nameIn(language) + " " + String.join(" ", words);
    }

    private static LocalDate day(CommandCall call, String text, LocalDate today) {
        return DayWords.parse(text, today).orElseThrow(() -> call.fail("decision.date.format", text));
    }
}
