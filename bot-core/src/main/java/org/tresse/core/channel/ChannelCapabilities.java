package org.tresse.core.channel;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a channel can do, so the core adapts what it sends:
 * {@code ChannelCapabilities.of(4096, limits, Ability.FORMATTING, Ability.BUTTONS)}.
 *
 * @param maxTextLength the longest text one message may carry (the connector splits longer ones)
 * @param abilities     what the channel can do beyond plain text
 * @param rateLimits    the default sending limits
 */
public record ChannelCapabilities(int maxTextLength, Set<Ability> abilities, RateLimits rateLimits) {
    /** What a channel may be able to do. */
    public enum Ability {
        /** Bold, italic and links are rendered. */
        FORMATTING,
        /** Polls can be shown natively. */
        NATIVE_POLLS,
        /** Buttons under messages. */
        BUTTONS,
        /** A sent message can be edited. */
        EDITING,
        /** The bot can write to a person in private. */
        PRIVATE_MESSAGES,
        /** A retried send can never be delivered twice (e.g. Matrix transaction ids). */
        IDEMPOTENT_SEND,
        /** A message can carry a file (a report's PDF): a mail attachment, a Telegram document, a Matrix file. */
        FILES
    }

    public ChannelCapabilities {
        Objects.requireNonNull(rateLimits, "rateLimits");
        abilities = abilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(abilities));
    }

    public static ChannelCapabilities of(int maxTextLength, RateLimits rateLimits, Ability... abilities) {
        return new ChannelCapabilities(maxTextLength, Set.of(abilities), rateLimits);
    }

    /** A plain text channel with no limit that can write in private: the console, test channels. */
    public static ChannelCapabilities plainText() {
        return of(Integer.MAX_VALUE, RateLimits.NONE, Ability.PRIVATE_MESSAGES);
    }

    public boolean can(Ability ability) {
        return abilities.contains(ability);
    }

    public boolean formatting() {
        return can(Ability.FORMATTING);
    }

    public boolean nativePolls() {
        return can(Ability.NATIVE_POLLS);
    }

    public boolean buttons() {
        return can(Ability.BUTTONS);
    }

    public boolean editing() {
        return can(Ability.EDITING);
    }

    public boolean privateMessages() {
        return can(Ability.PRIVATE_MESSAGES);
    }

    public boolean idempotentSend() {
        return can(Ability.IDEMPOTENT_SEND);
    }

    public boolean files() {
        return can(Ability.FILES);
    }

    public ChannelCapabilities withRateLimits(RateLimits limits) {
        return new ChannelCapabilities(maxTextLength, abilities, limits);
    }
}
