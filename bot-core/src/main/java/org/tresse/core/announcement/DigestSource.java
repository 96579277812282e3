package org.tresse.core.announcement;

import java.time.Instant;
import java.util.List;
import org.tresse.core.feature.Extension;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Handle;

/**
 * One section of the digest, contributed by the feature whose news it is: what is new for a
 * person in [since, until). A section with no line is left out, and a digest with no line at all
 * is not sent.
 */
public interface DigestSource {
    /** The contributions the digest reads: {@code to.add(DigestSource.SECTIONS, source)}. */
    Extension<DigestSource> SECTIONS = Extension.of("digest section", DigestSource.class);

    /** The text key of the section's heading. */
    String titleKey();

    /** One line per new item, plain text (shown as text, never as markup), in {@code texts}' language. */
    List<String> lines(Handle handle, Texts texts, long personId, Instant since, Instant until);
}
