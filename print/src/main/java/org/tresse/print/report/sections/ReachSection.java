package org.tresse.print.report.sections;

import static org.tresse.print.report.sections.Wording.channel;
import static org.tresse.print.report.sections.Wording.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.Texts;
import org.tresse.core.outbox.ChannelTraffic;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.store.Handle;
import org.tresse.print.chart.Chart;
import org.tresse.print.report.Block;
import org.tresse.print.report.ReportScope;
import org.tresse.print.report.ReportSection;
import org.tresse.print.report.Section;

/**
 * "La période en chiffres": the persons reached on each channel (they wrote to Tresse, or Tresse
 * wrote to them in private), members and residents apart, the group rooms written to, the
 * messages sent and failed, the new subscriptions.
 */
public final class ReachSection implements ReportSection {
    private final People people;
    private final Groups groups;
    private final Outbox outbox;
    private final Subscriptions subscriptions;

    public ReachSection(People people, Groups groups, Outbox outbox, Subscriptions subscriptions) {
        this.people = people;
        this.groups = groups;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
    }

    @Override
    public Optional<Section> read(Handle handle, ReportScope scope) {
        Texts texts = scope.texts();
        Set<Long> members = new HashSet<>(people.withRole(handle, Role.MEMBER, Optional.empty()));
        Optional<Set<Long>> audience = scope.groupSlug().map(slug -> new HashSet<>(groups.members(handle, slug)));
        Optional<Set<String>> groupRooms = scope.groupSlug().map(slug -> {
            Set<String> rooms = new HashSet<>();
            groups.rooms(handle, slug).forEach(room -> rooms.add(room.channel() + "\n" + room.roomId()));
            return rooms;
        });
        Map<String, Set<Long>> writers = people.writersBetween(handle, scope.since(), scope.until());
        Map<String, ChannelTraffic> traffic = new HashMap<>();
        outbox.trafficBetween(handle, scope.since(), scope.until()).forEach(row -> traffic.put(row.channel(), row));
        Map<String, long[]> subscribed = subscriptions.newBetween(handle, scope.since(), scope.until());
        Set<String> channels = new TreeSet<>(Wording.channelOrder());
        channels.addAll(writers.keySet());
        channels.addAll(traffic.keySet());
        channels.addAll(subscribed.keySet());

        Set<Long> everyone = new HashSet<>();
        long sent = 0;
        long newSubscriptions = 0;
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<Chart.Datum> bars = new ArrayList<>();
        for (String name : channels) {
            Set<Long> wrote = new HashSet<>(writers.getOrDefault(name, Set.of()));
            Set<Long> written = new HashSet<>();
            ChannelTraffic out = traffic.get(name);
            if (out != null && !out.recipients().isEmpty()) {
                Map<String, Long> owners = people.owners(handle, name);
                out.recipients().forEach(address -> Optional.ofNullable(owners.get(address)).ifPresent(written::add));
            }
            audience.ifPresent(wrote::retainAll);
            audience.ifPresent(written::retainAll);
            Set<Long> reached = new HashSet<>(wrote);
            reached.addAll(written);
            everyone.addAll(reached);
            long reachedMembers = reached.stream().filter(members::contains).count();
            long rooms = out == null ? 0 : groupRooms.map(known -> out.rooms().stream().filter(room -> known.contains(name + "\n" + room)).count())
                    .orElse((long) out.rooms().size());
            long[] subscriptionCounts = subscribed.getOrDefault(name, new long[2]);
            newSubscriptions += subscriptionCounts[0] + subscriptionCounts[1];
            List<Block.Cell> row = new ArrayList<>(List.of(Block.Cell.of(channel(texts, name)), Block.Cell.of(count(texts, reached.size())),
                    Block.Cell.of(count(texts, reachedMembers)), Block.Cell.of(count(texts, reached.size() - reachedMembers)),
                    Block.Cell.of(count(texts, wrote.size())), Block.Cell.of(count(texts, rooms))));
            if (scope.group().isEmpty()) {
                sent += out == null ? 0 : out.sent();
                row.add(Block.Cell.of(count(texts, out == null ? 0 : out.sent())));
                row.add(Block.Cell.of(count(texts, out == null ? 0 : out.failed())));
            }
            row.add(Block.Cell.of(subscriptionCounts[1] == 0 ? count(texts, subscriptionCounts[0])
                    : texts.get("rapport.chiffres.abonnes.attente", count(texts, subscriptionCounts[0]), count(texts, subscriptionCounts[1]))));
            rows.add(row);
            bars.add(new Chart.Datum(channel(texts, name), reached.size(), count(texts, reached.size())));
        }

        long everyoneMembers = everyone.stream().filter(members::contains).count();
        List<Block> blocks = new ArrayList<>();
        List<Block.Figure> figures = new ArrayList<>(List.of(
                new Block.Figure(count(texts, everyone.size()), texts.get("rapport.chiffres.touchees")),
                new Block.Figure(count(texts, everyoneMembers), texts.get("rapport.chiffres.dont.membres")),
                new Block.Figure(count(texts, audience.map(Set::size).orElse(members.size())),
                        texts.get(scope.group().isPresent() ? "rapport.chiffres.membres.groupe" : "rapport.chiffres.membres"))));
        if (scope.group().isEmpty()) {
            figures.add(new Block.Figure(count(texts, sent), texts.get("rapport.chiffres.messages")));
        }
        figures.add(new Block.Figure(count(texts, newSubscriptions), texts.get("rapport.chiffres.abonnements")));
        blocks.add(new Block.Figures(figures));
        blocks.add(new Block.Paragraph(texts.get(scope.group().isPresent() ? "rapport.chiffres.explication.groupe" : "rapport.chiffres.explication")));
        if (channels.isEmpty()) {
            blocks.add(new Block.Paragraph(texts.get("rapport.chiffres.rien")));
        } else {
            List<String> header = new ArrayList<>(List.of(texts.get("rapport.colonne.canal"), texts.get("rapport.colonne.touchees"), texts.get("rapport.colonne.membres"),
                    texts.get("rapport.colonne.habitants"), texts.get("rapport.colonne.ont.ecrit"), texts.get("rapport.colonne.salons")));
            if (scope.group().isEmpty()) {
                header.add(texts.get("rapport.colonne.envoyes"));
                header.add(texts.get("rapport.colonne.echecs"));
            }
            header.add(texts.get("rapport.colonne.abonnements"));
            Set<Integer> numeric = new HashSet<>();
            for (int column = 1; column < header.size(); column++) {
                numeric.add(column);
            }
            blocks.add(new Block.Table(texts.get("rapport.chiffres.tableau"), header, rows, numeric));
            blocks.add(new Block.Graphic(new Chart("touchees-par-canal", Chart.Kind.BARS, texts.get("rapport.chiffres.graphique"),
                    texts.get("rapport.chiffres.graphique.desc", Wording.describe(texts, bars)), texts.get("rapport.colonne.canal"), texts.get("rapport.colonne.touchees"), bars, 0)));
        }
        return Optional.of(new Section("chiffres", texts.get("rapport.chiffres.titre"), blocks));
    }
}
