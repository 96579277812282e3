package org.tresse.commands.people;

import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.Rights;
import org.tresse.commands.groups.GroupFeature;
import org.tresse.core.groups.Group;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Markup;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;

/**
 * {@code /membres bureau} (who belongs), {@code /membres bureau ajouter #3}, {@code /membres bureau
 * retirer #3}: how the coordination of a group (or of the association) lets people into a group
 * on invitation, and out of any group.
 */
final class GroupMembers {
    private final People people;
    private final Groups groups;

    GroupMembers(People people, Groups groups) {
        this.people = people;
        this.groups = groups;
    }

    Command command() {
        return Command.named("membres", PeopleFeature.BUNDLE).arguments(1, 3)
                .offeredTo(conversation -> Rights.somewhere(people, conversation, Role.COORDINATOR))
                .does(this::run);
    }

    private void run(CommandCall call) {
        Group group = GroupFeature.find(call, groups, call.argument(0));
        if (!call.conversation().hasRole(Role.COORDINATOR, Optional.of(group.slug()))) {
            throw call.fail("membres.reserve", group.name());
        }
        if (call.arguments().size() == 1) {
            list(call, group);
            return;
        }
        if (call.arguments().size() == 2) {
            throw call.usage();
        }
        Vocabulary words = Vocabulary.of(PeopleFeature.BUNDLE);
        Person person = PersonReference.resolve(call, people, call.argument(2));
        if (words.means("mots.membres.ajouter", call.argument(1))) {
            if (!groups.join(call.handle(), person.id(), group.slug())) {
                throw call.fail("membres.deja", person.displayName(), group.name());
            }
            call.reply("membres.ajoute", Markup.literal(person.displayName()), person.id(), group.name(), group.slug());
        } else if (words.means("mots.membres.retirer", call.argument(1))) {
            if (!groups.leave(call.handle(), person.id(), group.slug())) {
                throw call.fail("membres.pas.membre", person.displayName(), group.name());
            }
            call.reply("membres.retire", Markup.literal(person.displayName()), person.id(), group.name());
        } else {
            throw call.fail("membres.action.inconnue", call.argument(1), group.slug());
        }
    }

    private void list(CommandCall call, Group group) {
        List<Long> members = groups.members(call.handle(), group.slug());
        if (members.isEmpty()) {
            call.reply("membres.aucun", group.name(), group.slug());
            return;
        }
        StringBuilder text = new StringBuilder(call.t("membres.titre", group.name(), members.size()));
        for (long id : members) {
            people.find(call.handle(), id).ifPresent(person ->
                    text.append('\n').append(call.t("membres.ligne", Markup.literal(person.displayName()), person.id())));
        }
        text.append("\n\n").append(call.t("membres.fin", group.slug()));
        call.conversation().reply(text.toString());
    }
}
