package org.tresse.core.announcement;

import java.time.Instant;
import java.util.List;
import org.tresse.core.store.Handle;

/**
 * One section of the digest: what is new for a person in [since, until). The digest job asks
 * each registered source; a section with no line is left out, and a digest with no line at all
 * is not sent.
 */
public interface DigestSource {
    /** The text key of the section's heading. */
    String titleKey();

    /** One line per new item, plain text (shown as text, never as markup); empty when nothing is new. */
    List<String> lines(Handle handle, long personId, Instant since, Instant until);
}
