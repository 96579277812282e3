package org.tresse.commands.event;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.engine.UserError;
import org.tresse.core.event.Event;
import org.tresse.core.event.Events;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.event.Rsvp;
import org.tresse.core.event.RsvpOutcome;
import org.tresse.core.event.Rsvps;
import org.tresse.core.poll.ClosedPoll;
import org.tresse.core.poll.DatePollSink;
import org.tresse.core.poll.tally.DatesResult;
import org.tresse.core.store.Handle;

/**
 * A date poll's close creates the event planned for it ({@code /evenement "AG" --sondage 12}) at
 * its best date, presents it, and counts as coming those who said "oui" to that date (each is told,
 * and may change their answer). Never refuses: the poll's close must go through.
 */
public final class DatePollEvents implements DatePollSink {
    private static final Logger log = LoggerFactory.getLogger(DatePollEvents.class);

    private final Events events;
    private final Rsvps rsvps;
    private final EventPublisher publisher;

    public DatePollEvents(Events events, Rsvps rsvps, EventPublisher publisher) {
        this.events = events;
        this.rsvps = rsvps;
        this.publisher = publisher;
    }

    @Override
    public void closed(Handle handle, ClosedPoll closed, DatesResult result, List<Long> available) {
        if (result.best().isEmpty()) {
            return;
        }
        LocalDateTime best = LocalDateTime.parse(closed.poll().options().get(result.best().getAsInt()));
        Optional<Event> created = events.fromDatePoll(handle, closed.poll().id(), best);
        if (created.isEmpty()) {
            return;
        }
        Event event = created.get();
        Optional<Occurrence> date = Occurrences.at(event, event.start().toLocalDate());
        java.util.Map<Long, RsvpOutcome> coming = new java.util.LinkedHashMap<>();
        for (long personId : date.isPresent() ? available : List.<Long>of()) {
            try {
                // refusals come before anything is written
                coming.put(personId, rsvps.answer(handle, date.get(), personId, true, Rsvp.YES, null));
            } catch (UserError refused) {
                log.debug("Date poll {}: person {} not counted as coming ({})", closed.poll().id(), personId, refused.key());
            }
        }
        publisher.present(handle, event, Optional.of(closed.poll().origin()), publisher.roomTexts());
        coming.forEach((personId, outcome) -> publisher.notify(handle, event, List.of(personId), texts -> texts.get(outcome.waiting()
                ? "sondage.dates.evenement.attente" : "sondage.dates.evenement.oui", event.key(), event.title(),
                EventFormat.when(texts, date.get()), closed.poll().key(), outcome.position())));
    }
}
