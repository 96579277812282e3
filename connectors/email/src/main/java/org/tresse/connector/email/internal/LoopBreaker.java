package org.tresse.connector.email.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Tresse out of mail loops with robots that send no RFC 3834 header (an autoresponder's
 * "Merci pour votre message…"), per address, over a sliding hour:
 * <ul>
 *   <li>the same text again from an address within the hour is not handled: a robot repeating
 *       itself, or a person sending the same voice twice;</li>
 *   <li>at most {@code answersPerHour} automatic answers go to an address within the hour; the
 *       next ones are dropped, and the log says so once per address and hour.</li>
 * </ul>
 * A real person caught by it is heard again within the hour at most. In memory: a restart forgets
 * it, which only lets one more round through. Addresses never reach the log.
 */
public final class LoopBreaker {
    public static final Duration WINDOW = Duration.ofHours(1);
    /** Automatic answers to one address per hour: a person exploring the commands stays well below. */
    public static final int ANSWERS_PER_HOUR = 10;
    private static final Logger log = LoggerFactory.getLogger(LoopBreaker.class);
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int answersPerHour;
    private final Map<String, Instant> texts = new HashMap<>();
    private final Map<String, Deque<Instant>> answers = new HashMap<>();
    private final Map<String, Instant> reported = new HashMap<>();

    public LoopBreaker(Clock clock, int answersPerHour) {
        this.clock = clock;
        this.answersPerHour = answersPerHour;
    }

    /** Whether {@code address} already sent {@code text} within the hour; remembers it either way. */
    public synchronized boolean repeats(String address, String text) {
        Instant now = clock.instant();
        prune(now);
        String key = Digest.of(address + "\n" + text.strip());
        Instant before = texts.put(key, now);
        boolean repeated = before != null && before.isAfter(now.minus(WINDOW));
        if (repeated) {
            log.info("Loop breaker: an address sent the same text again within the hour; not handled (an autoresponder?)");
        }
        return repeated;
    }

    /** Whether one more automatic answer may go to {@code address} now; counts it if so. */
    public synchronized boolean mayAnswer(String address) {
        Instant now = clock.instant();
        prune(now);
        Deque<Instant> sent = answers.computeIfAbsent(address, any -> new ArrayDeque<>());
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(WINDOW))) {
            sent.removeFirst();
        }
        if (sent.size() < answersPerHour) {
            sent.addLast(now);
            return true;
        }
        Instant last = reported.get(address);
        if (last == null || !last.isAfter(now.minus(WINDOW))) {
            reported.put(address, now);
            log.warn("Loop breaker: {} automatic answers to one address within the hour; the next ones are dropped until {}",
                    answersPerHour, sent.peekFirst().plus(WINDOW));
        }
        return false;
    }

    private void prune(Instant now) {
        if (texts.size() + answers.size() + reported.size() < PRUNE_ABOVE) {
            return;
        }
        Instant oldest = now.minus(WINDOW);
        texts.values().removeIf(at -> !at.isAfter(oldest));
        reported.values().removeIf(at -> !at.isAfter(oldest));
        for (Iterator<Deque<Instant>> it = answers.values().iterator(); it.hasNext(); ) {
            Deque<Instant> sent = it.next();
            if (sent.isEmpty() || !sent.peekLast().isAfter(oldest)) {
                it.remove();
            }
        }
    }
}
