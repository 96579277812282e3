package org.tresse.core.poll;

import java.time.Instant;
import java.util.List;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.store.Handle;

/** The digest's section of polls opened since the last digest and still open, that the person may see. */
public final class OpenPollsDigest implements DigestSource {
    private static final int MAX_LINES = 20;

    private final Polls polls;
    private final Groups groups;

    public OpenPollsDigest(Polls polls, Groups groups) {
        this.polls = polls;
        this.groups = groups;
    }

    @Override
    public String titleKey() {
        return "recap.sondages";
    }

    @Override
    public List<String> lines(Handle handle, Texts texts, long personId, Instant since, Instant until) {
        List<String> mine = groups.groupsOf(handle, personId);
        return polls.openedBetween(handle, since, until).stream()
                .filter(poll -> poll.audience().open() || poll.audience().group().map(mine::contains).orElse(true))
                .limit(MAX_LINES)
                .map(poll -> texts.get("recap.sondage.ligne", poll.key(), Markup.literal(poll.question())))
                .toList();
    }
}
