package org.tresse.commands.people;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.groups.GroupFeature;
import org.tresse.core.engine.InboundLog;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Grant;
import org.tresse.core.people.LinkCodes;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.people.Role;

/**
 * Who you are: {@code /moi}, {@code /lier} (linking identities: every feature's merge steps run),
 * {@code /langue}, and for admins {@code /role}. Owns the person, identity, role and link-code
 * tables through {@link People} and {@link LinkCodes}.
 */
public final class PeopleFeature implements Feature {
    /** The texts of a person's record. */
    public static final String BUNDLE = "org.tresse.commands.people.texts";

    private final People people;
    private final Groups groups;
    private final LinkCodes linkCodes;
    private final InboundLog inboundLog;
    private final I18n i18n;

    public PeopleFeature(People people, Groups groups, LinkCodes linkCodes, InboundLog inboundLog, I18n i18n) {
        this.people = people;
        this.groups = groups;
        this.linkCodes = linkCodes;
        this.inboundLog = inboundLog;
        this.i18n = i18n;
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(Role.BUNDLE)
                .texts(BUNDLE)
                // a person's events follow them: "the channel they last wrote from" stays true
                .mergeStep(inboundLog::merge)
                .add(CommandRouter.COMMANDS, Command.named("moi", BUNDLE).harmlessIfForged().does(this::whoAmI))
                .add(CommandRouter.COMMANDS, Command.named("lier", BUNDLE).arguments(0, 2)
                        // asking for a code, or what a code would link, is harmless: the answer goes to this address only
                        .harmlessIfForged(call -> call.arguments().size() <= 1).does(this::link))
                .add(CommandRouter.COMMANDS, Command.named("langue", BUNDLE).arguments(1, 1).does(this::language))
                .add(CommandRouter.COMMANDS, new GroupMembers(people, groups).command())
                .add(CommandRouter.COMMANDS, Command.named("role", BUNDLE).role(Role.ADMIN).arguments(2, 2)
                        .option(CommandCall.GROUP).flag("retirer").does(this::role));
    }

    private void whoAmI(CommandCall call) {
        Person person = call.conversation().person();
        String identities = identities(call, person.id());
        String roles = people.grants(call.handle(), person.id()).stream()
                .map(grant -> describe(call, grant)).collect(Collectors.joining(", "));
        List<String> memberships = groups.groupsOf(call.handle(), person.id());
        String groupList = memberships.isEmpty() ? call.t("moi.aucun.groupe") : String.join(", ", memberships);
        String language = call.conversation().texts().language().code();
        call.reply("moi.fiche", Markup.literal(person.displayName()), person.id(), identities, roles, groupList, language);
    }

    private static String describe(CommandCall call, Grant grant) {
        String role = call.t("role." + grant.role().name());
        return grant.group().map(group -> call.t("role.dans.groupe", role, group)).orElse(role);
    }

    /**
     * {@code /lier}: a code for this person. {@code /lier CODE}: what the code would link, both sides
     * and their roles, with a loud warning when one side holds rights the other does not.
     * {@code /lier CODE oui}: the link. Wrong codes are answered, not thrown, so they stay counted.
     */
    private void link(CommandCall call) {
        Person person = call.conversation().person();
        if (call.arguments().isEmpty()) {
            String code = linkCodes.issue(call.handle(), person.id());
            call.conversation().replyPrivately(call.t("lier.code", code, LinkCodes.VALIDITY.toMinutes()));
            return;
        }
        String code = call.argument(0);
        boolean confirmed = call.arguments().size() == 2;
        if (confirmed && !Vocabulary.of(BUNDLE).means("mots.lier.confirmer", call.argument(1))) {
            throw call.usage();
        }
        LinkCodes.Attempt attempt = linkCodes.look(call.handle(), call.conversation().inbound().sender(), code);
        if (attempt instanceof LinkCodes.Attempt.TooMany tooMany) {
            long minutes = Math.max(1, Duration.between(call.conversation().now(), tooMany.until()).toMinutes());
            call.reply("lier.trop.essais", minutes);
            return;
        }
        if (!(attempt instanceof LinkCodes.Attempt.Owner found)) {
            call.reply("lier.code.invalide", code);
            return;
        }
        long owner = found.personId();
        if (owner == person.id()) {
            throw call.fail("lier.meme.personne");
        }
        if (!confirmed) {
            preview(call, person, people.find(call.handle(), owner).orElseThrow(), code);
            return;
        }
        linkCodes.spend(call.handle(), code);
        people.merge(call.handle(), person.id(), owner);
        Person merged = people.find(call.handle(), owner).orElseThrow();
        call.reply("lier.fait", Markup.literal(merged.displayName()), identities(call, owner));
    }

    private void preview(CommandCall call, Person here, Person theirs, String code) {
        List<String> ours = rights(call, here.id());
        List<String> other = rights(call, theirs.id());
        StringBuilder text = new StringBuilder(call.t("lier.apercu", Markup.literal(here.displayName()), identities(call, here.id()), listed(call, ours),
                Markup.literal(theirs.displayName()), identities(call, theirs.id()), listed(call, other)));
        List<String> given = ours.stream().filter(right -> !other.contains(right)).toList();
        List<String> gained = other.stream().filter(right -> !ours.contains(right)).toList();
        if (!given.isEmpty()) {
            text.append("\n\n").append(call.t("lier.alerte.ici", String.join(", ", given)));
        }
        if (!gained.isEmpty()) {
            text.append("\n\n").append(call.t("lier.alerte.code", String.join(", ", gained)));
        }
        text.append("\n\n").append(call.t("lier.confirmer", code.strip().toUpperCase(Locale.ROOT)));
        call.conversation().reply(text.toString());
    }

    /** The roles of a person beyond resident, described. */
    private List<String> rights(CommandCall call, long personId) {
        return people.grants(call.handle(), personId).stream().filter(grant -> grant.role() != Role.RESIDENT)
                .map(grant -> describe(call, grant)).toList();
    }

    private static String listed(CommandCall call, List<String> rights) {
        return rights.isEmpty() ? call.t("role." + Role.RESIDENT.name()) : String.join(", ", rights);
    }

    private String identities(CommandCall call, long personId) {
        return Markup.literal(people.identities(call.handle(), personId).stream().map(Identity::toString).collect(Collectors.joining(", ")));
    }

    private void language(CommandCall call) {
        Language language = Language.parse(call.argument(0)).orElseThrow(() -> call.fail("langue.inconnue", call.argument(0)));
        people.setLanguage(call.handle(), call.personId(), language);
        call.conversation().reply(i18n.texts(language).get("langue.fait"));
    }

    private void role(CommandCall call) {
        Person target = PersonReference.resolve(call, people, call.argument(0));
        Role role = Role.parse(call.argument(1)).orElseThrow(() -> call.fail("role.inconnu", call.argument(1)));
        Optional<String> group = call.option(CommandCall.GROUP).map(name -> GroupFeature.find(call, groups, name).slug());
        String roleName = call.t("role." + role.name());
        String where = group.map(slug -> call.t("role.dans.groupe", roleName, slug)).orElse(roleName);
        if (call.flag("retirer")) {
            if (role == Role.ADMIN && target.id() == call.personId()) {
                throw call.fail("role.pas.soi.meme");
            }
            if (!people.revoke(call.handle(), target.id(), role, group)) {
                throw call.fail("role.pas.detenu", target.displayName(), where);
            }
            call.reply("role.retire", Markup.literal(target.displayName()), where);
        } else {
            // a role in a group makes a member of it (the bureau's coordination belongs to the bureau)
            boolean joined = group.filter(slug -> groups.join(call.handle(), target.id(), slug)).isPresent();
            if (!people.grant(call.handle(), target.id(), role, group) && !joined) {
                throw call.fail("role.deja", target.displayName(), where);
            }
            call.reply(joined ? "role.donne.membre" : "role.donne", Markup.literal(target.displayName()), where, group.orElse(""));
        }
    }
}
