package org.tresse.core.channel;

/**
 * A channel: turns the channel's events into {@link org.tresse.core.message.Inbound} for the
 * sink, and delivers outbound messages. A connector holds no business rule.
 *
 * <p>{@link #deliver} is called from one delivery thread per channel; it must not throw for
 * a channel failure but return the matching {@link DeliveryResult}.
 */
public interface Connector {
    /** The channel name: {@code console}, {@code telegram}, {@code matrix}, {@code email}. */
    String channel();

    ChannelCapabilities capabilities();

    /** Starts receiving; returns quickly, receiving on the connector's own threads. */
    void start(InboundSink sink);

    DeliveryResult deliver(Outbound outbound);

    /** Stops receiving and releases every thread and connection. */
    void stop();
}
