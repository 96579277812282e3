package org.tresse.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.commands.internal.Tokenizer;
import org.tresse.commands.internal.Words;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.MessageHandler;
import org.tresse.core.engine.UserError;
import org.tresse.core.message.Payload;

/**
 * Turns each inbound event into a command call, a button press, a poll answer or free text, and
 * runs what was registered for it. Commands are registered explicitly, in plain code.
 */
public final class CommandRouter implements MessageHandler {
    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final List<Command> commands = new ArrayList<>();
    private final Map<String, InteractionHandler<Payload.ButtonPress>> buttons = new LinkedHashMap<>();
    private InteractionHandler<Payload.PollAnswer> pollAnswers = (conversation, answer) -> {};
    private InteractionHandler<String> freeText = CommandRouter::explainCommands;

    public CommandRouter add(Command command) {
        for (String name : command.allNames()) {
            String key = Words.fold(name);
            Command existing = byName.putIfAbsent(key, command);
            if (existing != null && existing != command) {
                throw new IllegalArgumentException("two commands are named " + name);
            }
        }
        commands.add(command);
        return this;
    }

    public CommandRouter addAll(Collection<Command> all) {
        all.forEach(this::add);
        return this;
    }

    /** Button presses whose data starts with {@code prefix} (e.g. {@code "v:"}). */
    public CommandRouter onButton(String prefix, InteractionHandler<Payload.ButtonPress> handler) {
        buttons.put(prefix, handler);
        return this;
    }

    public CommandRouter onPollAnswer(InteractionHandler<Payload.PollAnswer> handler) {
        this.pollAnswers = handler;
        return this;
    }

    /** Text that is not a command; by default, a private message gets a pointer to /aide. */
    public CommandRouter onFreeText(InteractionHandler<String> handler) {
        this.freeText = handler;
        return this;
    }

    /** Every registered command, in registration order. */
    public List<Command> commands() {
        return List.copyOf(commands);
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
                freeText.handle(conversation, line);
            }
        } else if (payload instanceof Payload.ButtonPress press) {
            buttons.entrySet().stream()
                    .filter(entry -> press.data().startsWith(entry.getKey()))
                    .findFirst()
                    .ifPresent(entry -> entry.getValue().handle(conversation, press));
        } else if (payload instanceof Payload.PollAnswer answer) {
            pollAnswers.handle(conversation, answer);
        }
    }

    /**
     * A line that starts with {@code /} is always a command: {@code /} alone, or followed by a space
     * (a no-break one too, as phones type them), is told how a command is written.
     */
    private void runCommand(Conversation conversation, String line) {
        if (line.length() == 1 || isSpace(line.charAt(1))) {
            throw detached(conversation, line);
        }
        List<String> words = Tokenizer.split(line.substring(1));
        if (words.isEmpty()) {
            throw detached(conversation, line);
        }
        String name = words.get(0);
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        Command command = byName.get(Words.fold(name));
        if (command == null) {
            throw unknown(conversation, name);
        }
        if (!conversation.hasRole(command.minimumRole(), Optional.empty())
                && !mayUseInGroup(conversation, command, words)) {
            throw new UserError("erreur.interdit", "/" + command.name(), conversation.t("role." + command.minimumRole().name()));
        }
        CommandCall call = parse(command, conversation, words.subList(1, words.size()));
        command.action().run(call);
    }

    /** A role held in one group counts for a command used in that group's room or with --groupe. */
    private static boolean mayUseInGroup(Conversation conversation, Command command, List<String> words) {
        Optional<String> group = conversation.roomGroup();
        for (int index = 1; index + 1 < words.size(); index++) {
            String word = normalizeDashes(words.get(index));
            if (word.equals("--groupe") || word.equals("--group")) {
                group = Optional.of(words.get(index + 1));
            }
        }
        return group.isPresent() && conversation.hasRole(command.minimumRole(), group);
    }

    private static boolean isSpace(char character) {
        return Character.isWhitespace(character) || Character.isSpaceChar(character);
    }

    /** {@code / aide}: "write /aide"; {@code /} alone: how commands are written. */
    private UserError detached(Conversation conversation, String line) {
        List<String> words;
        try {
            words = Tokenizer.split(line.substring(1));
        } catch (UserError unbalancedQuote) {
            words = List.of();
        }
        if (!words.isEmpty() && byName.containsKey(Words.fold(words.get(0)))
                && conversation.hasRole(byName.get(Words.fold(words.get(0))).minimumRole(), conversation.roomGroup())) {
            return new UserError("erreur.commande.espace", "/" + words.get(0));
        }
        return new UserError("erreur.commande.vide");
    }

    private UserError unknown(Conversation conversation, String name) {
        List<String> usable = new ArrayList<>();
        for (Command command : commands) {
            if (conversation.hasRole(command.minimumRole(), conversation.roomGroup())) {
                usable.addAll(command.allNames());
            }
        }
        Optional<String> suggestion = Words.closest(name, usable);
        if (suggestion.isPresent()) {
            return new UserError("erreur.commande.inconnue.suggestion", "/" + name, "/" + suggestion.get());
        }
        return new UserError("erreur.commande.inconnue", "/" + name);
    }

    static CommandCall parse(Command command, Conversation conversation, List<String> words) {
        List<String> arguments = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int index = 0; index < words.size(); index++) {
            String word = normalizeDashes(words.get(index));
            if (word.startsWith("--") && word.length() > 2) {
                String name = word.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals > 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                OptionSpec option = command.option(Words.fold(name)).orElseThrow(() -> unknownOption(command, word));
                if (option.flag()) {
                    options.put(option.name(), "");
                } else {
                    if (value == null) {
                        if (index + 1 >= words.size()) {
                            throw new UserError("erreur.option.valeur", "--" + option.name(), conversation.t(command.usageKey()));
                        }
                        value = words.get(++index);
                    }
                    options.put(option.name(), value);
                }
            } else {
                arguments.add(words.get(index));
            }
        }
        if (arguments.size() < command.minArguments() || arguments.size() > command.maxArguments()) {
            String key = arguments.size() < command.minArguments() ? "erreur.arguments.manquants" : "erreur.arguments.trop";
            throw new UserError(key, "/" + command.name(), conversation.t(command.usageKey()));
        }
        return new CommandCall(command, conversation, arguments, options);
    }

    private static UserError unknownOption(Command command, String word) {
        List<String> known = command.options().stream().map(option -> "--" + option.name()).toList();
        if (known.isEmpty()) {
            return new UserError("erreur.option.aucune", word, "/" + command.name());
        }
        return new UserError("erreur.option.inconnue", word, "/" + command.name(), String.join(", ", known));
    }

    /** Phones turn "--" into "—" or "–". */
    private static String normalizeDashes(String word) {
        if (word.startsWith("—") || word.startsWith("–")) {
            return "--" + word.substring(1);
        }
        return word;
    }

    private static void explainCommands(Conversation conversation, String text) {
        if (conversation.inbound().isPrivate()) {
            conversation.reply(conversation.t("texte.libre"));
        }
    }
}
