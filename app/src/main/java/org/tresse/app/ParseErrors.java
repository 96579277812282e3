package org.tresse.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot read ({@code tresse rnu}, {@code tresse run --as}), answered in
 * the help's language: what was wrong, a "did you mean" for a likely slip, how to write the
 * command, where its help is. Never picocli's own English sentence; only what the person typed is
 * repeated. The exit code is picocli's for bad input (2).
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {
    private static final int LONGEST_ECHO = 60;

    private final Texts texts;

    ParseErrors(Language language) {
        this.texts = new I18n(Language.FR, List.of(HelpLanguage.BUNDLE)).texts(language);
    }

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(what(problem, command, List.of(args)));
        slip(problem, command).ifPresent(guess -> err.println(texts.get("erreur.vouliez.vous.dire", guess)));
        err.println(howToWrite(command));
        err.println(texts.get("erreur.aide", command.getCommandSpec().qualifiedName()));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private String what(ParameterException problem, CommandLine command, List<String> args) {
        String name = command.getCommandSpec().qualifiedName();
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String typed = echo(unmatchedWord(unmatched));
            if (unmatched.isUnknownOption()) {
                return texts.get("erreur.option.inconnue", typed, name);
            }
            return command.getSubcommands().isEmpty() ? texts.get("erreur.argument.en.trop", typed, name)
                    : texts.get("erreur.commande.inconnue", typed, name);
        }
        if (problem instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return missing(missing.getMissing().get(0), args);
        }
        if (problem instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return texts.get("erreur.option.deux.fois", typedName(option, args));
        }
        ArgSpec argument = problem.getArgSpec();
        if (argument != null && problem.getValue() != null) {
            return problem.getValue().isBlank() ? missing(argument, args)
                    : texts.get("erreur.valeur.invalide", echo(problem.getValue()), label(argument, args), description(argument));
        }
        return texts.get("erreur.illisible", name);
    }

    /** "Il manque --as NOM (qui parle d'abord…)", "Il manque QUOI (decisions, sondages ou voix)". */
    private String missing(ArgSpec argument, List<String> args) {
        String description = description(argument);
        String label = label(argument, args);
        return description.isEmpty() ? texts.get("erreur.manque.seul", label) : texts.get("erreur.manque", label, description);
    }

    /** The option as it was typed and its value's label ({@code --as NOM}), or a parameter's label ({@code QUOI}). */
    private static String label(ArgSpec argument, List<String> args) {
        if (argument instanceof OptionSpec option) {
            String name = typedName(option, args);
            return option.arity().max() == 0 ? name : name + " " + option.paramLabel();
        }
        return ((PositionalParamSpec) argument).paramLabel();
    }

    /** The option's name the person typed ({@code --en-tant-que} or {@code --as}), else the synopsis's ({@code --to}). */
    private static String typedName(OptionSpec option, List<String> args) {
        for (String name : option.names()) {
            if (args.stream().anyMatch(arg -> arg.equals(name) || arg.startsWith(name + "="))) {
                return name;
            }
        }
        return option.shortestName();
    }

    private static String description(ArgSpec argument) {
        String[] lines = argument.description();
        return lines.length == 0 ? "" : String.join(" ", lines).strip();
    }

    /** picocli's suggestion, else a command or option, one slip away (a letter or two off, two swapped, the start of it). */
    private static Optional<String> slip(ParameterException problem, CommandLine command) {
        if (!(problem instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        String typed = unmatchedWord(unmatched);
        // picocli's suggestions first, when they are a slip away: it offers "restaurer" for "bonjour"
        Optional<String> offered = CliSlips.closest(typed, unmatched.getSuggestions());
        if (offered.isPresent()) {
            return offered;
        }
        List<String> candidates = new ArrayList<>();
        if (unmatched.isUnknownOption()) {
            command.getCommandSpec().options().forEach(option -> candidates.addAll(List.of(option.names())));
        } else {
            candidates.addAll(command.getSubcommands().keySet());
        }
        return CliSlips.closest(typed, candidates);
    }

    /** "Écrivez : tresse run [-hV] [--as=NOM] [-c=FICHIER]", or the commands there are. */
    private String howToWrite(CommandLine command) {
        if (!command.getSubcommands().isEmpty() && command.getParent() == null) {
            return texts.get("erreur.commandes", String.join(", ", command.getSubcommands().values().stream().distinct()
                    .map(CommandLine::getCommandName).toList()));
        }
        return texts.get("erreur.ecrire", command.getHelp().synopsis(0).strip());
    }

    /** The word picocli could not read; of an unknown option {@code --name=value}, only {@code --name} (the value may be a secret). */
    private static String unmatchedWord(UnmatchedArgumentException unmatched) {
        String typed = unmatched.getUnmatched().get(0);
        int equals = typed.indexOf('=');
        return unmatched.isUnknownOption() && equals > 0 ? typed.substring(0, equals) : typed;
    }

    /**
     * What the person typed, on one line and not too long: no control or format character (an escape
     * sequence, a bidirectional override) reaches the terminal, and a database password is hidden.
     */
    private static String echo(String typed) {
        String line = Database.redact(typed.replaceAll("[\\p{Cc}\\p{Cf}]", " ")).strip();
        return line.length() <= LONGEST_ECHO ? line : line.substring(0, LONGEST_ECHO - 1) + "…";
    }
}
