package org.tresse.commands;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.UserError;
import org.tresse.core.markup.Formatted;
import org.tresse.core.store.Handle;

/** One use of a command: who, where, and the words and options that came with it. */
public final class CommandCall {
    /**
     * The option naming the group a command acts on: the router checks a group role on its parsed
     * value, and the command reads that same value.
     */
    public static final String GROUP = "groupe";

    private final Command command;
    private final Conversation conversation;
    private final List<String> arguments;
    private final Map<String, String> options;
    private final CommandRouter router;

    CommandCall(Command command, Conversation conversation, List<String> arguments, Map<String, String> options,
            CommandRouter router) {
        this.command = command;
        this.conversation = conversation;
        this.arguments = List.copyOf(arguments);
        this.options = Map.copyOf(options);
        this.router = router;
    }

    /** Every command Tresse knows (for {@code /aide}). */
    public List<Command> allCommands() {
        return router.commands();
    }

    /** The command a name (French or English, {@code /} or not) stands for. */
    public Optional<Command> findCommand(String name) {
        return router.find(name);
    }

    public Command command() {
        return command;
    }

    public Conversation conversation() {
        return conversation;
    }

    public Handle handle() {
        return conversation.handle();
    }

    public long personId() {
        return conversation.person().id();
    }

    public List<String> arguments() {
        return arguments;
    }

    public String argument(int index) {
        return arguments.get(index);
    }

    /** The words from {@code from} on, joined by spaces. */
    public String rest(int from) {
        return String.join(" ", arguments.subList(Math.min(from, arguments.size()), arguments.size()));
    }

    /** The value of an option, by its identifier ({@code .option("groupe")} of the command). */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).filter(value -> !value.isEmpty());
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String t(String key, Object... values) {
        return conversation.t(key, values);
    }

    /** Answers with the text under {@code key}. */
    public void reply(String key, Object... values) {
        conversation.reply(conversation.t(key, values));
    }

    /**
     * Refuses: the text under {@code key} is shown and everything the command changed is undone. The
     * {@code values} are what was typed or someone's name, given as they are: the refusal quotes them
     * literally when shown ({@link UserError#message}), so a word the command could not read is never
     * a link in the reply.
     */
    public UserError fail(String key, Object... values) {
        return new UserError(key, values);
    }

    /** Refuses with this command's usage. */
    public UserError usage() {
        return new UserError("erreur.usage", "/" + command.nameIn(conversation.language()), Formatted.of(conversation.t(command.usageKey())));
    }
}
