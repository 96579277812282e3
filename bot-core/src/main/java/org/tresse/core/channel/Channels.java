package org.tresse.core.channel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The channels that run here, in order, and what each can do: features adapt what they send. */
public final class Channels {
    private final Map<String, ChannelCapabilities> capabilities;

    private Channels(Map<String, ChannelCapabilities> capabilities) {
        this.capabilities = capabilities;
    }

    public static Channels of(List<? extends Connector> connectors) {
        Map<String, ChannelCapabilities> capabilities = new LinkedHashMap<>();
        for (Connector connector : connectors) {
            capabilities.put(connector.channel(), connector.capabilities());
        }
        return new Channels(Map.copyOf(capabilities)) ;
    }

    /** No channel runs (a command-line tool). */
    public static Channels none() {
        return new Channels(Map.of());
    }

    public Optional<ChannelCapabilities> capabilities(String channel) {
        return Optional.ofNullable(capabilities.get(channel));
    }

    /** What the channel can do; plain text for a channel that does not run here. */
    public ChannelCapabilities capabilitiesOrPlain(String channel) {
        return capabilities.getOrDefault(channel, ChannelCapabilities.plainText());
    }

    public boolean runs(String channel) {
        return capabilities.containsKey(channel);
    }
}
