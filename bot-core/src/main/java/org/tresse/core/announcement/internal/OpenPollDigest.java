package org.tresse.core.announcement.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.store.Handle;
import org.tresse.core.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls opened since the last digest and still open, read from the polls' table ({@code poll}:
 * id, question, created_at, closed_at, group_slug, open_audience) if it is there: polls open to
 * all, of the whole association, or of one of the person's groups. Left out, with a debug
 * line, if the table is missing or shaped otherwise.
 */
public final class OpenPollDigest implements DigestSource {
    private static final Logger log = LoggerFactory.getLogger(OpenPollDigest.class);
    private static final Set<String> NEEDED = Set.of("id", "question", "created_at", "closed_at", "group_slug", "open_audience");

    @Override
    public String titleKey() {
        return "recap.sondages";
    }

    @Override
    public List<String> lines(Handle handle, long personId, Instant since, Instant until) {
        if (!SchemaProbe.columns(handle, "poll").containsAll(NEEDED)) {
            log.debug("No polls table to read for the digest");
            return List.of();
        }
        try {
            return handle.withSavepoint(() -> handle.list("select id, question from poll p where created_at >= ? and created_at < ? "
                            + "and closed_at is null and (open_audience = true or group_slug is null or group_slug in "
                            + "(select m.group_slug from group_member m where m.person_id = ?)) order by id fetch first 20 rows only",
                    row -> "n°" + row.getLong(1) + " : " + row.getString(2), since, until, personId));
        } catch (StorageException e) {
            log.warn("Reading open polls for the digest failed; the section is left out", e);
            return List.of();
        }
    }
}
