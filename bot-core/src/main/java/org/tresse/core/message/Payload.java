package org.tresse.core.message;

import java.util.List;

/** What an inbound event carries. */
public sealed interface Payload {
    /** A message typed by a person: a command or free text. */
    record Text(String text) implements Payload {}

    /** A button of an earlier message pressed; {@code data} is what the button was given. */
    record ButtonPress(String data) implements Payload {}

    /**
     * An answer to a button that was no press: an email reply to a button's personal address
     * that said something else than yes ("Non, ce n'est pas moi"). Nothing is pressed; the
     * person hears how to press. Carries nothing: a button's data may be a secret token.
     */
    record UnclearPress() implements Payload {}

    /**
     * An answer to a poll shown natively by the channel. {@code pollKey} is the key the core gave
     * in its {@link PollPresentation}; {@code choices} are option numbers, 1-based; an empty list
     * withdraws the answer.
     */
    record PollAnswer(String pollKey, List<Integer> choices) implements Payload {
        public PollAnswer {
            choices = List.copyOf(choices);
        }
    }
}
