package org.tresse.core.channel;

/**
 * What a channel can do, so the core adapts what it sends.
 *
 * @param maxTextLength  the longest text one message may carry (the connector splits longer ones)
 * @param formatting     bold, italic and links are rendered
 * @param nativePolls    polls can be shown natively
 * @param buttons        buttons under messages
 * @param editing        a sent message can be edited
 * @param privateMessages the bot can write to a person in private
 * @param idempotentSend a retried send can never be delivered twice (e.g. Matrix transaction ids)
 * @param rateLimits     the default sending limits
 */
public record ChannelCapabilities(
        int maxTextLength,
        boolean formatting,
        boolean nativePolls,
        boolean buttons,
        boolean editing,
        boolean privateMessages,
        boolean idempotentSend,
        RateLimits rateLimits) {

    /** A plain text channel with no limit: the console, test channels. */
    public static ChannelCapabilities plainText() {
        return new ChannelCapabilities(Integer.MAX_VALUE, false, false, false, false, true, false, RateLimits.NONE);
    }

    public ChannelCapabilities withRateLimits(RateLimits limits) {
        return new ChannelCapabilities(maxTextLength, formatting, nativePolls, buttons, editing,
                privateMessages, idempotentSend, limits);
    }
}
