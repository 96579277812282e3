package org.tresse.core.announcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Destination;

/**
 * The recipients of an announcement, resolved: group rooms, and subscribers in private — at
 * most one private message per person per channel.
 */
public record Audience(List<Destination.Room> rooms, List<Recipient> people) {
    public Audience {
        rooms = List.copyOf(rooms);
        people = List.copyOf(people);
    }

    /** A subscriber reached in private; {@code language} is null when they chose none. */
    public record Recipient(long personId, Destination.Direct destination, Language language) {}

    /** How many rooms and persons one channel reaches. */
    public record ChannelCount(String channel, int rooms, int people) {
        public int total() {
            return rooms + people;
        }
    }

    public int size() {
        return rooms.size() + people.size();
    }

    /** Per channel, in the order of {@code channels}, channels with nobody included. */
    public List<ChannelCount> perChannel(List<String> channels) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        channels.forEach(channel -> counts.put(channel, new int[2]));
        rooms.forEach(room -> counts.computeIfAbsent(room.channel(), any -> new int[2])[0]++);
        people.forEach(person -> counts.computeIfAbsent(person.destination().channel(), any -> new int[2])[1]++);
        List<ChannelCount> result = new ArrayList<>();
        counts.forEach((channel, count) -> result.add(new ChannelCount(channel, count[0], count[1])));
        return result;
    }
}
