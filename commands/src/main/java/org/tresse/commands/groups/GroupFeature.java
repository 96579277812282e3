package org.tresse.commands.groups;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.internal.Words;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Group;
import org.tresse.core.groups.Groups;
import org.tresse.core.people.Role;

/**
 * The association's groups: {@code /groupes}, {@code /rejoindre}, {@code /quitter}. Owns the
 * group, membership and room tables through {@link Groups}.
 */
public final class GroupFeature implements Feature {
    /** The texts of the groups. */
    public static final String BUNDLE = "org.tresse.commands.groups.texts";

    private final Groups groups;

    public GroupFeature(Groups groups) {
        this.groups = groups;
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(BUNDLE)
                .mergeStep(groups::merge)
                .add(CommandRouter.COMMANDS, Command.named("groupes", BUNDLE).harmlessIfForged().does(this::list))
                .add(CommandRouter.COMMANDS, Command.named("rejoindre", BUNDLE).arguments(1, 1).does(this::join))
                .add(CommandRouter.COMMANDS, Command.named("quitter", BUNDLE).arguments(0, 1).does(this::leave));
    }

    private void list(CommandCall call) {
        List<Group> all = groups.all(call.handle());
        if (all.isEmpty()) {
            call.reply("groupes.aucun");
            return;
        }
        List<String> mine = groups.groupsOf(call.handle(), call.personId());
        StringBuilder text = new StringBuilder(call.t("groupes.titre"));
        for (Group group : all) {
            String key = mine.contains(group.slug()) ? "groupes.ligne.membre" : group.open() ? "groupes.ligne.ouvert" : "groupes.ligne.ferme";
            text.append('\n').append(call.t(key, group.slug(), group.name()));
        }
        text.append("\n\n").append(call.t("groupes.fin"));
        call.conversation().reply(text.toString());
    }

    private void join(CommandCall call) {
        Group group = find(call, call.argument(0));
        if (!group.open() && !call.conversation().hasRole(Role.COORDINATOR, Optional.of(group.slug()))) {
            throw call.fail("groupe.ferme", group.name(), group.slug(), call.personId());
        }
        if (!groups.join(call.handle(), call.personId(), group.slug())) {
            throw call.fail("groupe.deja.membre", group.name());
        }
        call.reply("groupe.rejoint", group.name(), group.slug());
    }

    private void leave(CommandCall call) {
        if (call.arguments().isEmpty()) {
            // "/quitter" alone: which group? (and in the console, how to close Tresse)
            List<String> mine = groups.groupsOf(call.handle(), call.personId());
            String hint = call.t("quitter.quel.groupe", mine.isEmpty() ? call.t("quitter.aucun.groupe") : String.join(", ", mine));
            call.conversation().reply(call.conversation().inbound().channel().equals("console") ? hint + "\n" + call.t("quitter.console") : hint);
            return;
        }
        Group group = find(call, call.argument(0));
        if (!groups.leave(call.handle(), call.personId(), group.slug())) {
            throw call.fail("groupe.pas.membre", group.name());
        }
        call.reply("groupe.quitte", group.name());
    }

    /** A group by its short name, case and accents ignored; a clear refusal listing them otherwise. */
    public static Group find(CommandCall call, Groups groups, String name) {
        String wanted = Words.fold(name.startsWith("#") ? name.substring(1) : name);
        List<Group> all = groups.all(call.handle());
        return all.stream()
                .filter(group -> Words.fold(group.slug()).equals(wanted) || Words.fold(group.name()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> all.isEmpty() ? call.fail("groupe.inconnu.aucun", name)
                        : call.fail("groupe.inconnu", name, all.stream().map(Group::slug).collect(Collectors.joining(", "))));
    }

    private Group find(CommandCall call, String name) {
        return find(call, groups, name);
    }
}
