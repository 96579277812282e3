package org.tresse.commands.decision;

import java.time.ZoneId;
import java.util.Optional;
import org.tresse.commands.poll.Dates;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.DecisionEvent;
import org.tresse.core.decision.PollVote;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.store.Handle;

/** A decision in words: one line for lists, the full entry with its provenance and history. */
final class DecisionFormat {
    private final ZoneId zone;
    private final People people;

    DecisionFormat(ZoneId zone, People people) {
        this.zone = zone;
        this.people = people;
    }

    String line(Texts texts, Decision decision) {
        String status = decision.cancelled() ? " " + texts.get("decision.marque.annulee")
                : decision.revisions() > 0 ? " " + texts.get("decision.marque.modifiee") : "";
        String group = decision.group().map(slug -> " · " + slug).orElse("");
        return texts.get("decisions.ligne", decision.id(), Dates.date(texts, decision.decidedOn()), Markup.literal(decision.currentTitle()),
                outcome(texts, decision) + group) + status;
    }

    String detail(Handle handle, Texts texts, Decision decision) {
        StringBuilder text = new StringBuilder(texts.get("decision.detail.titre", decision.id(), Markup.literal(decision.currentTitle())));
        if (decision.cancelled()) {
            text.append(' ').append(texts.get("decision.marque.annulee"));
        }
        text.append('\n').append(texts.get("decision.detail.date", Dates.date(texts, decision.decidedOn()), outcome(texts, decision)));
        decision.group().ifPresent(group -> text.append(" · ").append(texts.get("decision.detail.groupe", group)));
        if (!decision.currentBody().equals(decision.currentTitle())) {
            text.append("\n\n").append(decision.currentBody());
        }
        text.append("\n\n").append(provenance(handle, texts, decision));
        if (!decision.history().isEmpty()) {
            text.append("\n\n").append(texts.get("decision.historique"));
            for (DecisionEvent event : decision.history()) {
                text.append('\n').append(event(handle, texts, event));
            }
        }
        return text.toString();
    }

    private String provenance(Handle handle, Texts texts, Decision decision) {
        if (decision.pollVote().isPresent()) {
            PollVote vote = decision.pollVote().get();
            String turnout = vote.eligible().isPresent()
                    ? texts.get("decision.provenance.participation", vote.voters(), vote.eligible().getAsInt(),
                            vote.eligible().getAsInt() == 0 ? 0 : Math.round(100.0 * vote.voters() / vote.eligible().getAsInt()))
                    : texts.get("decision.provenance.participation.public", vote.voters());
            StringBuilder text = new StringBuilder(texts.get("decision.provenance.sondage", decision.pollId().orElseThrow(),
                    vote.pour(), vote.contre(), vote.abstention()));
            if (vote.consent()) {
                text.append(", ").append(texts.get("decision.provenance.blocages", vote.blocage()));
            }
            text.append("\n").append(turnout);
            if (vote.quorumRequired() > 0) {
                text.append(" · ").append(texts.get(vote.quorumMet() ? "decision.provenance.quorum.atteint"
                        : "decision.provenance.quorum.manque", vote.quorumRequired()));
            }
            vote.threshold().ifPresent(threshold -> text.append(" · ").append(texts.get("decision.provenance.seuil", threshold)));
            return text.toString();
        }
        String who = name(handle, decision.recordedBy());
        if (decision.pollId().isPresent()) {
            return texts.get("decision.provenance.sondage.inscrit", decision.pollId().get(), who,
                    Dates.dateTime(texts, decision.recordedAt(), zone));
        }
        return texts.get("decision.provenance.reunion", who, Dates.dateTime(texts, decision.recordedAt(), zone));
    }

    private String event(Handle handle, Texts texts, DecisionEvent event) {
        String when = Dates.dateTime(texts, event.happenedAt(), zone);
        String who = name(handle, event.personId());
        if (event.kind() == DecisionEvent.Kind.CANCELLED) {
            return texts.get("decision.evenement.annulee", when, who, Markup.literal(event.reason().orElse("")));
        }
        StringBuilder text = new StringBuilder(texts.get("decision.evenement.modifiee", when, who));
        event.title().ifPresent(title -> text.append(' ').append(texts.get("decision.evenement.titre", Markup.literal(title))));
        event.body().ifPresent(body -> text.append(' ').append(texts.get("decision.evenement.texte", body)));
        return text.toString();
    }

    static String outcome(Texts texts, Decision decision) {
        if (decision.source() == Decision.Source.POLL && decision.outcome() == Decision.Outcome.RECORDED) {
            return texts.get("decision.issue.sondage");
        }
        return texts.get("decision.issue." + decision.outcome().name());
    }

    private String name(Handle handle, Optional<Long> personId) {
        return personId.flatMap(id -> people.find(handle, id)).map(Person::displayName).map(Markup::literal).orElse("—");
    }
}
