package org.tresse.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.Receipt;
import org.tresse.core.markup.PlainText;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.core.message.RoomKind;

/**
 * A channel in memory, for tests written as conversations: {@code chat.say("ana", "/aide")},
 * then {@code chat.lastReplyTo("ana")}. Private rooms are named after the person.
 */
public final class MemoryChannel implements Connector {
    private final String channel;
    private final ChannelCapabilities capabilities;
    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong messageIds = new AtomicLong();
    private volatile Function<Outbound, DeliveryResult> behaviour;
    private volatile InboundSink sink;
    private volatile Runnable afterReceive = () -> {};

    public MemoryChannel(String channel, ChannelCapabilities capabilities) {
        this.channel = channel;
        this.capabilities = capabilities;
        this.behaviour = outbound -> new DeliveryResult.Sent("m" + messageIds.incrementAndGet());
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public void start(InboundSink inboundSink) {
        this.sink = inboundSink;
    }

    /** Runs after each event is received, e.g. to deliver replies at once. */
    public void afterReceive(Runnable action) {
        this.afterReceive = action;
    }

    /** What each delivery attempt answers; by default every message is sent. */
    public void behave(Function<Outbound, DeliveryResult> newBehaviour) {
        this.behaviour = newBehaviour;
    }

    @Override
    public DeliveryResult deliver(Outbound outbound) {
        DeliveryResult result = behaviour.apply(outbound);
        if (result instanceof DeliveryResult.Sent) {
            delivered.add(new Delivered(outbound.id(), outbound.destination(), outbound.content(),
                    PlainText.render(outbound.content().text())));
        }
        return result;
    }

    @Override
    public void stop() {
        sink = null;
    }

    /** {@code user} writes {@code text} to the bot in private. */
    public Receipt say(String user, String text) {
        return receive(Inbound.text(channel, nextEventId(), user, RoomKind.PRIVATE, new Identity(channel, user), text));
    }

    /** {@code user} writes {@code text} in the group room {@code room}. */
    public Receipt sayIn(String room, String user, String text) {
        return receive(Inbound.text(channel, nextEventId(), room, RoomKind.GROUP, new Identity(channel, user), text));
    }

    /** {@code user} answers a natively shown poll. */
    public Receipt answerPoll(String room, RoomKind kind, String user, String pollKey, List<Integer> choices) {
        return receive(new Inbound(channel, nextEventId(), room, kind, new Identity(channel, user), user,
                new Payload.PollAnswer(pollKey, choices), Optional.empty(), true));
    }

    /** {@code user} presses a button whose data is {@code data}. */
    public Receipt press(String room, RoomKind kind, String user, String data) {
        return receive(new Inbound(channel, nextEventId(), room, kind, new Identity(channel, user), user,
                new Payload.ButtonPress(data), Optional.empty(), true));
    }

    /** Hands any event to the engine, as a connector would. */
    public Receipt receive(Inbound inbound) {
        if (sink == null) {
            throw new IllegalStateException("the channel " + channel + " is not started");
        }
        Receipt receipt = sink.receive(inbound);
        afterReceive.run();
        return receipt;
    }

    public String nextEventId() {
        return channel + "-" + events.incrementAndGet();
    }

    public List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    /** Texts sent to {@code userOrRoom}, in private or in that room, oldest first. */
    public List<String> repliesTo(String userOrRoom) {
        List<String> texts = new ArrayList<>();
        for (Delivered message : delivered) {
            if (message.to().equals(userOrRoom)) {
                texts.add(message.text());
            }
        }
        return texts;
    }

    /** The last text sent to {@code userOrRoom}; fails the test if there is none. */
    public String lastReplyTo(String userOrRoom) {
        List<String> texts = repliesTo(userOrRoom);
        if (texts.isEmpty()) {
            throw new AssertionError("nothing was sent to " + userOrRoom + " on " + channel);
        }
        return texts.get(texts.size() - 1);
    }

    public void clear() {
        delivered.clear();
    }
}
