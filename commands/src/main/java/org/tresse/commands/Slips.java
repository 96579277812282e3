package org.tresse.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.internal.Tokenizer;
import org.tresse.commands.internal.Words;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.UserError;

/** The answers to a command line miswritten as a whole: a space after the {@code /}, an unknown name, a forgotten {@code /}. */
final class Slips {
    private Slips() {
    }

    /**
     * A private message that is a command but for its {@code /} ({@code sondage "Test"},
     * {@code vote 3 pour}, {@code aide}): the command it would be, to suggest instead of taking it
     * as a voice. It must read as that command, and look like one: a word or two, or a number, an
     * option or a quote after the name ("Moi aussi je trouve…", "Vote pour Marie" stay voices).
     */
    static Optional<String> slashForgotten(CommandRouter router, Conversation conversation, String line) {
        if (line.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        String[] words = line.split("[\\s\\p{Z}]+");
        Command command = router.named(Words.fold(words[0]));
        if (command == null) {
            return Optional.empty();
        }
        boolean shaped = words.length <= 2 || words[1].matches("#?\\d{1,12}|p\\d{1,12}")
                || line.matches("(?s).*(\\s[-—–]{1,2}\\p{L}|[\"«“]).*");
        if (!shaped || !CallParser.fits(command, conversation, "/" + line, router)) {
            return Optional.empty();
        }
        return Optional.of(line.length() <= 100 ? "/" + line : "/" + words[0]);
    }

    /** Whether the line is {@code /} alone or followed by a space (a no-break one too, as phones type them). */
    static boolean detachedSlash(String text) {
        return text.length() == 1 || isSpace(text.charAt(1));
    }

    private static boolean isSpace(char character) {
        return Character.isWhitespace(character) || Character.isSpaceChar(character);
    }

    /** {@code / aide}: "write /aide"; {@code /} alone: how commands are written. */
    static UserError detached(CommandRouter router, Conversation conversation, String line) {
        List<String> words;
        try {
            words = Tokenizer.split(line.substring(1));
        } catch (UserError unbalancedQuote) {
            words = List.of();
        }
        Command command = words.isEmpty() ? null : router.named(Words.fold(words.get(0)));
        if (command != null && conversation.hasRole(command.minimumRole(), conversation.roomGroup())) {
            return new UserError("erreur.commande.espace", "/" + words.get(0));
        }
        return new UserError("erreur.commande.vide");
    }

    static UserError unknown(List<Command> commands, Conversation conversation, String name) {
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
}
