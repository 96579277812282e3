package org.tresse.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.tresse.commands.internal.Words;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.MessageHandler;
import org.tresse.core.engine.UserError;
import org.tresse.core.feature.Extension;
import org.tresse.core.feature.Installation;
import org.tresse.core.markup.Formatted;
import org.tresse.core.message.Payload;
import org.tresse.core.people.Role;

/**
 * Turns each inbound event into a command call, a button press, a poll answer or free text, and
 * runs what the installed features contributed for it.
 */
public final class CommandRouter implements MessageHandler {
    /** The commands, contributed by the features: {@code to.add(CommandRouter.COMMANDS, command)}. */
    public static final Extension<Command> COMMANDS = Extension.of("command", Command.class);
    /** What runs for the buttons of a prefix. */
    public static final Extension<ButtonRoute> BUTTONS = Extension.of("button", ButtonRoute.class);
    /** What runs for native poll answers: one feature contributes it. */
    public static final Extension<PollAnswerHandler> POLL_ANSWERS = Extension.of("poll answer", PollAnswerHandler.class);
    /** What runs for native poll answers of other keys than polls' (an event's RSVP): by key prefix. */
    public static final Extension<PollAnswerRoute> POLL_ANSWER_ROUTES = Extension.of("poll answer route", PollAnswerRoute.class);
    /** What runs for text that is not a command: one feature contributes it. */
    public static final Extension<FreeTextHandler> FREE_TEXT = Extension.of("free text", FreeTextHandler.class);
    /** What becomes of a command an unvouched sender may not run as is (held for confirmation): one feature contributes it. */
    public static final Extension<UnverifiedSender> UNVERIFIED = Extension.of("unverified sender", UnverifiedSender.class);
    /** The texts of the router's own answers (unknown command, wrong option…) and of the roles. */
    public static final String BUNDLE = "org.tresse.commands.texts";

    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final List<Command> commands;
    private final List<ButtonRoute> buttons;
    private final PollAnswerHandler pollAnswers;
    private final List<PollAnswerRoute> pollAnswerRoutes;
    private final FreeTextHandler freeText;
    private final UnverifiedSender unverified;

    private CommandRouter(List<Command> commands, List<ButtonRoute> buttons, PollAnswerHandler pollAnswers,
            List<PollAnswerRoute> pollAnswerRoutes, FreeTextHandler freeText, UnverifiedSender unverified) {
        this.commands = List.copyOf(commands);
        this.buttons = List.copyOf(buttons);
        this.pollAnswers = pollAnswers;
        this.pollAnswerRoutes = List.copyOf(pollAnswerRoutes);
        this.freeText = freeText;
        this.unverified = unverified;
        for (Command command : commands) {
            for (String name : command.allNames()) {
                Command existing = byName.putIfAbsent(Words.fold(name), command);
                if (existing != null && existing != command) {
                    throw new IllegalArgumentException("the commands " + existing.name() + " and " + command.name() + " are both named " + name);
                }
            }
        }
    }

    /** The router of what the installed features contributed. */
    public static CommandRouter of(Installation installation) {
        return new CommandRouter(installation.all(COMMANDS), installation.all(BUTTONS),
                single(installation.all(POLL_ANSWERS), POLL_ANSWERS).orElse((conversation, answer) -> {}),
                installation.all(POLL_ANSWER_ROUTES),
                single(installation.all(FREE_TEXT), FREE_TEXT).orElse(CommandRouter::explainCommands),
                single(installation.all(UNVERIFIED), UNVERIFIED).orElse(CommandRouter::refuseUnverified));
    }

    /** Without a confirmation feature, what an unvouched sender may not do is refused with an explanation. */
    private static void refuseUnverified(CommandCall call, String line) {
        throw new UserError("erreur.non.verifie", "/" + call.command().nameIn(call.conversation().language()));
    }

    private static <T> Optional<T> single(List<T> parts, Extension<T> extension) {
        if (parts.size() > 1) {
            throw new IllegalArgumentException("two features handle the " + extension.name());
        }
        return parts.stream().findFirst();
    }

    /** Every command, in installation order. */
    public List<Command> commands() {
        return commands;
    }

    public Optional<Command> find(String name) {
        String folded = Words.fold(name.startsWith("/") ? name.substring(1) : name);
        return Optional.ofNullable(byName.get(folded));
    }

    @Override
    public void handle(Conversation conversation) {
        Payload payload = conversation.inbound().payload();
        if (payload instanceof Payload.Text text) {
            String line = text.text().strip();
            if (line.startsWith("/")) {
                runCommand(conversation, line);
            } else if (!line.isEmpty()) {
                Optional<String> meant = conversation.inbound().isPrivate() ? Slips.slashForgotten(this, conversation, line) : Optional.empty();
                if (meant.isPresent()) {
                    throw new UserError("erreur.commande.sans.barre", meant.get());
                }
                freeText.handle(conversation, line);
            }
        } else if (payload instanceof Payload.UnclearPress) {
            throw new UserError("erreur.bouton.pas.presse");
        } else if (!conversation.inbound().verified()) {
            // no channel sends an unvouched press or poll answer: if one came, it would vote for someone
            throw new UserError("erreur.non.verifie.action");
        } else if (payload instanceof Payload.ButtonPress press) {
            buttons.stream()
                    .filter(route -> press.data().startsWith(route.prefix()))
                    .findFirst()
                    .ifPresent(route -> route.handler().handle(conversation, press));
        } else if (payload instanceof Payload.PollAnswer answer) {
            pollAnswerRoutes.stream()
                    .filter(route -> answer.pollKey().startsWith(route.prefix()))
                    .findFirst()
                    .map(PollAnswerRoute::handler)
                    .orElse(pollAnswers)
                    .handle(conversation, answer);
        }
    }

    /**
     * THE rule for senders the channel does not vouch for ({@code Inbound.verified == false}, an
     * email nothing authenticates): a use the command declares harmless if forged runs as is;
     * any other waits for them to prove who they are ({@link #UNVERIFIED}). A role they would
     * hold if verified is not refused here: the proof will tell. A line that starts with
     * {@code /} is always a command: {@code /} alone, or followed by a space (a no-break one too,
     * as phones type them), is told how a command is written.
     */
    private void runCommand(Conversation conversation, String text) {
        if (Slips.detachedSlash(text)) {
            throw Slips.detached(this, conversation, text);
        }
        String name = text.substring(1).split("[\\s\\p{Z}]+", 2)[0];
        if (name.isEmpty()) {
            throw Slips.detached(this, conversation, text);
        }
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        Command command = byName.get(Words.fold(name));
        if (command == null) {
            throw Slips.unknown(commands, conversation, name);
        }
        String line = effectiveLine(command, conversation, text);
        List<String> words = CallParser.words(command, line);
        boolean verified = conversation.inbound().verified();
        CommandCall call;
        try {
            call = CallParser.parse(command, conversation, words.subList(1, words.size()), this);
        } catch (UserError miswritten) {
            // who may not use the command at all hears that, not how to write it
            throw conversation.holdsRoleSomewhere(command.minimumRole()) ? miswritten : forbidden(conversation, command);
        }
        // the permission is checked on the very value the command acts on: the parsed --groupe
        Optional<String> group = call.option(CommandCall.GROUP).or(conversation::roomGroup);
        if (!mayUse(conversation, command, group, conversation::hasRole)
                && (verified || !mayUse(conversation, command, group, conversation::holdsRole))) {
            throw forbidden(conversation, command);
        }
        if (!verified && !command.harmlessIfForged(call)) {
            unverified.hold(call, line);
            return;
        }
        command.action().run(call);
    }

    /**
     * The text, or its first line alone when the lines after it are more than the command takes:
     * a signature or a "Merci !" under an email's command line.
     */
    private String effectiveLine(Command command, Conversation conversation, String text) {
        int newline = text.indexOf('\n');
        if (newline < 0 || CallParser.fits(command, conversation, text, this)) {
            return text;
        }
        String first = text.substring(0, newline).strip();
        return CallParser.fits(command, conversation, first, this) ? first : text;
    }

    /** The role held in the whole association, or in the group the command is used for (its room's, or --groupe). */
    private static boolean mayUse(Conversation conversation, Command command, Optional<String> group,
            BiPredicate<Role, Optional<String>> holds) {
        return holds.test(command.minimumRole(), Optional.empty()) || group.isPresent() && holds.test(command.minimumRole(), group);
    }

    private static UserError forbidden(Conversation conversation, Command command) {
        return new UserError("erreur.interdit", "/" + command.nameIn(conversation.language()), Formatted.of(conversation.t("role." + command.minimumRole().name())));
    }

    /** The command of a folded name, or null. */
    Command named(String folded) {
        return byName.get(folded);
    }

    private static void explainCommands(Conversation conversation, String text) {
        if (conversation.inbound().isPrivate()) {
            conversation.reply(conversation.t("texte.libre"));
        }
    }
}
