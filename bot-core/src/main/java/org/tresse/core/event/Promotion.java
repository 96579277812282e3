package org.tresse.core.event;

/** A person moved from the waiting list to "yes" for one date of an event. */
public record Promotion(long personId, Occurrence occurrence) {}
