package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.Identities;
import org.tresse.config.internal.InvalidField;

/**
 * The whole {@code tresse.yml}. Every section is optional; a missing one takes its defaults, so
 * {@link #defaults()} is what an empty file gives. Never null inside, except channels that are
 * not configured.
 *
 * @param admins identities ({@code channel:id}) with every right
 * @param roles  further roles given from the file
 * @param events places, partner associations and reminders of the events
 * @param web    the web front door, on by default on 127.0.0.1:8080
 */
public record TresseConfig(
        AssociationSettings association,
        StorageSettings storage,
        List<GroupSettings> groups,
        List<String> admins,
        List<RoleGrant> roles,
        DeliverySettings delivery,
        DigestSettings digest,
        ChannelsSettings channels,
        EventsSettings events,
        WebSettings web) {

    public TresseConfig {
        association = association == null ? AssociationSettings.defaults() : association;
        storage = storage == null ? StorageSettings.defaults() : storage;
        groups = Checks.list(groups, "groups");
        admins = checkedIdentities(Checks.list(admins, "admins"));
        roles = Checks.list(roles, "roles");
        delivery = delivery == null ? DeliverySettings.defaults() : delivery;
        digest = digest == null ? DigestSettings.defaults() : digest;
        channels = channels == null ? ChannelsSettings.defaults() : channels;
        events = events == null ? EventsSettings.defaults() : events;
        web = web == null ? WebSettings.defaults() : web;
        Set<String> groupIds = groupIds(groups);
        for (int i = 0; i < roles.size(); i++) {
            checkGroup(roles.get(i).group(), groupIds, "roles[" + i + "].group");
        }
        if (channels.telegram() != null) {
            List<TelegramRoom> rooms = channels.telegram().rooms();
            for (int i = 0; i < rooms.size(); i++) {
                checkGroup(rooms.get(i).group(), groupIds, "channels.telegram.rooms[" + i + "].group");
            }
        }
        if (channels.telegram() != null && channels.telegram().mode() == TelegramSettings.Mode.WEBHOOK && !web.enabled()) {
            throw new InvalidField("channels.telegram.mode", said("config.racine.mode.webhook.besoin"));
        }
        if (channels.matrix() != null) {
            List<MatrixRoom> rooms = channels.matrix().rooms();
            for (int i = 0; i < rooms.size(); i++) {
                checkGroup(rooms.get(i).group(), groupIds, "channels.matrix.rooms[" + i + "].group");
            }
        }
    }

    /** The embedded defaults: H2 in ./data, the console, French, Europe/Paris, no group. */
    public static TresseConfig defaults() {
        return new TresseConfig(null, null, null, null, null, null, null, null, null, null);
    }

    /** The ids of the groups kept off the public pages ({@code public: false}). */
    public Set<String> privateGroups() {
        Set<String> hidden = new HashSet<>();
        groups.stream().filter(group -> !group.publicPages()).forEach(group -> hidden.add(group.id()));
        return Set.copyOf(hidden);
    }

    /** What is legal but probably not meant, for {@code tresse check} to show. */
    public List<ConfigWarning> warnings() {
        List<ConfigWarning> warnings = new ArrayList<>();
        if (channels.telegram() != null && channels.telegram().webhook() != null) {
            warnings.addAll(channels.telegram().webhook().warnings(web));
        }
        if (channels.email() != null) {
            warnings.addAll(channels.email().warnings());
        }
        return List.copyOf(warnings);
    }

    /** The group with this id, if the file declares it. */
    public Optional<GroupSettings> group(String id) {
        return groups.stream().filter(group -> group.id().equals(id)).findFirst();
    }

    private static List<String> checkedIdentities(List<String> identities) {
        List<String> checked = new ArrayList<>(identities.size());
        for (int i = 0; i < identities.size(); i++) {
            checked.add(Identities.check(identities.get(i), "admins[" + i + "]"));
        }
        return List.copyOf(checked);
    }

    private static Set<String> groupIds(List<GroupSettings> groups) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            String id = groups.get(i).id();
            if (!ids.add(id)) {
                throw new InvalidField("groups[" + i + "].id", said("config.racine.groupe.declare.deux", id));
            }
        }
        return ids;
    }

    private static void checkGroup(String group, Set<String> groupIds, String field) {
        if (group == null || groupIds.contains(group)) {
            return;
        }
        String known = groupIds.isEmpty() ? null : String.join(", ", groupIds.stream().sorted().toList());
        throw new InvalidField(field, said("config.groupe.inconnu", group)
                .then(known == null ? said("config.groupe.a.declarer", group) : said("config.groupe.declares", known)));
    }
}
