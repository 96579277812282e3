package org.tresse.core.decision;

import java.time.Instant;
import java.util.List;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.store.Handle;

/** The digest's section of decisions recorded since the last digest: the whole association's and those of the person's groups. */
public final class DecisionsDigest implements DigestSource {
    private static final int MAX_LINES = 20;

    private final Decisions decisions;
    private final Groups groups;

    public DecisionsDigest(Decisions decisions, Groups groups) {
        this.decisions = decisions;
        this.groups = groups;
    }

    @Override
    public String titleKey() {
        return "recap.decisions";
    }

    @Override
    public List<String> lines(Handle handle, Texts texts, long personId, Instant since, Instant until) {
        List<String> mine = groups.groupsOf(handle, personId);
        return decisions.recordedBetween(handle, since, until).stream()
                .filter(decision -> decision.group().map(mine::contains).orElse(true))
                .limit(MAX_LINES)
                .map(decision -> texts.get("recap.decision.ligne", Markup.literal(decision.currentTitle()), decision.decidedOn()))
                .toList();
    }
}
