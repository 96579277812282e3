package org.tresse.core.decision;

import java.time.LocalDate;
import java.util.Optional;

/** A decision taken in a meeting, as a coordinator records it. */
public record NewDecision(String title, String body, Optional<String> group, LocalDate decidedOn, long recordedBy) {}
