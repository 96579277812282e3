package org.tresse.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.commands.internal.OptionWord;
import org.tresse.commands.internal.Tokenizer;
import org.tresse.commands.internal.Words;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.UserError;
import org.tresse.core.markup.Formatted;

/** A command line read as a {@link CommandCall}: its words, its options (long dashes as phones type them), its count of arguments. */
final class CallParser {
    /** A command that takes a whole text ({@code /avis}, {@code /annonce}...) reads a lone quote as writing. */
    private static final int FREE_TEXT_WORDS = 100;

    private CallParser() {
    }

    /** The words of {@code line} (which starts with {@code /}), the command's name first. */
    static List<String> words(Command command, String line) {
        return command.maxArguments() >= FREE_TEXT_WORDS ? Tokenizer.splitFreeText(line.substring(1)) : Tokenizer.split(line.substring(1));
    }

    /** Whether {@code line} is a well-written use of {@code command}. */
    static boolean fits(Command command, Conversation conversation, String line, CommandRouter router) {
        try {
            List<String> words = words(command, line);
            parse(command, conversation, words.subList(1, words.size()), router);
            return true;
        } catch (UserError miswritten) {
            return false;
        }
    }

    static CommandCall parse(Command command, Conversation conversation, List<String> words, CommandRouter router) {
        List<String> arguments = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int index = 0; index < words.size(); index++) {
            Optional<OptionWord> written = OptionWord.read(words.get(index));
            if (written.isEmpty()) {
                arguments.add(words.get(index));
                continue;
            }
            OptionWord word = written.get();
            OptionSpec option = command.option(Words.fold(word.name())).orElseThrow(() -> unknownOption(command, conversation, word.written()));
            if (option.flag()) {
                options.put(option.name(), "");
                continue;
            }
            String value;
            if (word.joinedValue().isPresent()) {
                value = word.joinedValue().get();
            } else if (index + 1 < words.size()) {
                value = words.get(++index);
            } else {
                throw new UserError("erreur.option.valeur", "--" + option.shownIn(conversation.language()), Formatted.of(conversation.t(command.usageKey())));
            }
            if (options.containsKey(option.name())) {
                // --groupe cafe --groupe=bureau: which one? Neither: one value, once
                throw new UserError("erreur.option.repetee", "--" + option.shownIn(conversation.language()), Formatted.of(conversation.t(command.usageKey())));
            }
            options.put(option.name(), value);
        }
        if (arguments.size() < command.minArguments() || arguments.size() > command.maxArguments()) {
            String key = arguments.size() < command.minArguments() ? "erreur.arguments.manquants" : "erreur.arguments.trop";
            throw new UserError(key, "/" + command.nameIn(conversation.language()), Formatted.of(conversation.t(command.usageKey())));
        }
        return new CommandCall(command, conversation, arguments, options, router);
    }

    private static UserError unknownOption(Command command, Conversation conversation, String word) {
        List<String> known = command.options().stream().map(option -> "--" + option.shownIn(conversation.language())).toList();
        if (known.isEmpty()) {
            return new UserError("erreur.option.aucune", word, "/" + command.nameIn(conversation.language()));
        }
        List<String> spellings = command.options().stream().flatMap(option -> option.words().stream()).toList();
        Optional<String> slip = Words.closest(OptionWord.read(word).map(OptionWord::name).orElse(word), spellings);
        if (slip.isPresent()) {
            return new UserError("erreur.option.inconnue.suggestion", word, "/" + command.nameIn(conversation.language()),
                    "--" + slip.get());
        }
        return new UserError("erreur.option.inconnue", word, "/" + command.nameIn(conversation.language()), String.join(", ", known));
    }
}
