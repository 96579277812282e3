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
 * Decisions recorded since the last digest, read from the decision register's table
 * ({@code decision}: title, decided_on, group_slug, recorded_at) if it is there: the whole
 * association's and those of the person's groups. Left out, with a debug line, if the table
 * is missing or shaped otherwise.
 */
public final class DecisionDigest implements DigestSource {
    private static final Logger log = LoggerFactory.getLogger(DecisionDigest.class);
    private static final Set<String> NEEDED = Set.of("title", "decided_on", "group_slug", "recorded_at");

    @Override
    public String titleKey() {
        return "recap.decisions";
    }

    @Override
    public List<String> lines(Handle handle, long personId, Instant since, Instant until) {
        if (!SchemaProbe.columns(handle, "decision").containsAll(NEEDED)) {
            log.debug("No decision register to read for the digest");
            return List.of();
        }
        try {
            return handle.withSavepoint(() -> handle.list("select title, decided_on from decision d where recorded_at >= ? "
                            + "and recorded_at < ? and (group_slug is null or group_slug in "
                            + "(select m.group_slug from group_member m where m.person_id = ?)) order by recorded_at, id "
                            + "fetch first 20 rows only",
                    row -> row.getString(1) + " (" + row.getObject(2, java.time.LocalDate.class) + ")", since, until, personId));
        } catch (StorageException e) {
            log.warn("Reading decisions for the digest failed; the section is left out", e);
            return List.of();
        }
    }
}
