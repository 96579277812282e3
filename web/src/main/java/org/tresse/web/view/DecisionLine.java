package org.tresse.web.view;

import java.util.Optional;

/** A decision as listed: number, current title, day, outcome in words, group name, cancelled or not. */
public record DecisionLine(long id, String title, String date, String isoDate, String outcome, Optional<String> group,
        boolean cancelled) {}
