package org.tresse.core.people;

import java.time.Instant;
import org.tresse.core.i18n.Language;

/** A human, whatever channels they write from. {@code language} is null until they choose one. */
public record Person(long id, String displayName, Language language, Instant createdAt) {}
