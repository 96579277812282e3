package org.tresse.core.feature;

import org.tresse.core.export.Export;
import org.tresse.core.people.MergeStep;
import org.tresse.core.schedule.JobHandler;

/** What a feature may add, told in {@link Feature#contribute}. */
public interface Contributions {
    /** A resource bundle of texts (French base, English beside), e.g. {@code org.tresse.commands.poll.texts}. */
    Contributions texts(String bundleBaseName);

    /** Runs the scheduled jobs of {@code kind}; a kind has one handler. */
    Contributions job(String kind, JobHandler handler);

    /** Moves this feature's rows when two persons become one (identity linking). */
    Contributions mergeStep(MergeStep step);

    /** Something {@code tresse export} can write. */
    Contributions export(Export export);

    /** A part of another kind: a command, a digest section, a web route… */
    <T> Contributions add(Extension<T> extension, T part);
}
