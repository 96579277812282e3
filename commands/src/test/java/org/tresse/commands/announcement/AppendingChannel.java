package org.tresse.commands.announcement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.message.Destination;

/**
 * A channel with no idempotency (like Telegram or email) whose "server" is a file: each delivery
 * appends {@code outboxId TAB recipient} and is forced to disk before {@code deliver} returns.
 */
final class AppendingChannel implements Connector {
    private final FileChannel file;
    private final int perSecond;

    AppendingChannel(Path path, int perSecond) {
        this.perSecond = perSecond;
        try {
            this.file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String channel() {
        return "telegram";
    }

    @Override
    public ChannelCapabilities capabilities() {
        return ChannelCapabilities.plainText().withRateLimits(new RateLimits(RateLimit.perSecond(perSecond), null, null));
    }

    @Override
    public void start(InboundSink sink) {
        // deliveries only
    }

    @Override
    public DeliveryResult deliver(Outbound outbound) {
        String to = outbound.destination() instanceof Destination.Direct direct ? direct.userId()
                : ((Destination.Room) outbound.destination()).room();
        try {
            file.write(ByteBuffer.wrap((outbound.id() + "\t" + to + "\n").getBytes(StandardCharsets.UTF_8)));
            file.force(false);
            return new DeliveryResult.Sent(String.valueOf(outbound.id()));
        } catch (IOException e) {
            return new DeliveryResult.Transient(DeliveryFailure.Reason.CONNECTOR_ERROR);
        }
    }

    @Override
    public void stop() {
        try {
            file.close();
        } catch (IOException e) {
            // the test reads what was forced
        }
    }
}
