package org.tresse.core.event;

/** How one date of an event was answered; {@code waiting} said yes with no place left. */
public record RsvpCounts(int yes, int maybe, int no, int waiting) {
    public int answered() {
        return yes + maybe + no + waiting;
    }
}
