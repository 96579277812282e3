package org.tresse.config.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Says a YAML syntax error the way a volunteer can act on. */
public final class YamlSyntaxProblems {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private YamlSyntaxProblems() {}

    public static Problem describe(StreamReadException error, String lastPath) {
        return describe(error, lastPath, null, "");
    }

    /**
     * @param section the section being read when the error came ({@code ""} at the top), null if unknown
     * @param text    the text parsed, to find the line a slip is on (a missing space, an unclosed quote)
     */
    public static Problem describe(StreamReadException error, String lastPath, String section, String text) {
        int line = 0;
        int column = 0;
        String problem = error.getOriginalMessage();
        Mark context = null;
        if (error.getCause() instanceof MarkedYAMLException yaml) {
            problem = yaml.getProblem() == null ? "" : yaml.getProblem();
            context = yaml.getContextMark();
            Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
            if (mark != null) {
                line = mark.getLine() + 1;
                column = mark.getColumn() + 1;
            }
        } else if (error.getLocation() != null && error.getLocation() != JsonLocation.NA) {
            line = error.getLocation().getLineNr();
            column = error.getLocation().getColumnNr();
        }
        Matcher duplicate = DUPLICATE.matcher(problem == null ? "" : problem);
        if (duplicate.find()) {
            String key = duplicate.group(1);
            String parent = section != null ? section : LocationIndex.parentOf(lastPath);
            String field = parent == null || parent.isEmpty() ? key : parent + "." + key;
            return new Problem(field, line, column,
                    "la clé « " + key + " » apparaît deux fois dans la même section. Gardez-en une seule.",
                    "key \"" + key + "\" appears twice in the same section. Keep only one.");
        }
        String[] lines = text.split("\\R", -1);
        Problem quote = unclosedQuote(lines, problem == null ? "" : problem, context, line);
        if (quote != null) {
            return quote;
        }
        Problem space = missingSpace(lines, line);
        if (space != null) {
            return space;
        }
        String[] texts = explain(problem == null ? "" : problem);
        return new Problem(lastPath, line, column,
                "le fichier n'est pas du YAML valide : " + texts[0]
                        + " (détail technique : " + problem + ")",
                "the file is not valid YAML: " + texts[1]);
    }

    /**
     * A quote opened and never closed: YAML reads on to the next quote, maybe many lines below. The
     * line of the opening quote is the one to fix: the first line, up to the error, whose quotes do
     * not pair.
     */
    private static Problem unclosedQuote(String[] lines, String problem, Mark context, int errorLine) {
        boolean quoted = problem.contains("quoted scalar") || problem.contains("end of stream")
                || context != null && context.getLine() + 1 < errorLine;
        if (!quoted) {
            return null;
        }
        int last = Math.min(lines.length, errorLine <= 0 ? lines.length : errorLine);
        for (int index = 0; index < last; index++) {
            String content = withoutComment(lines[index]);
            for (char quote : new char[] {'"', '\''}) {
                long count = content.chars().filter(character -> character == quote).count();
                if (count % 2 == 1 && !(quote == '\'' && content.matches(".*\\p{L}'\\p{L}.*") && !content.matches("^\\s*[\\w-]+:\\s*'.*"))) {
                    int at = content.indexOf(quote) + 1;
                    return new Problem("", index + 1, at,
                            "un guillemet " + quote + " ouvert ici n'est pas refermé sur la même ligne. Ajoutez le " + quote
                                    + " de fin (name: \"La Tresse\").",
                            "a " + quote + " quote opened here is not closed on the same line. Add the closing " + quote
                                    + " (name: \"La Tresse\").");
                }
            }
        }
        return null;
    }

    private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("^(\\s*(?:- )?)([A-Za-z][\\w-]*):([^\\s/:'\"\\[{].*)$");

    /** {@code language:fr}: YAML reads one text, not a key and its value. Looked for up to the error's line. */
    private static Problem missingSpace(String[] lines, int errorLine) {
        int last = Math.min(lines.length, errorLine <= 0 ? lines.length : errorLine);
        for (int index = 0; index < last; index++) {
            Matcher slip = KEY_WITHOUT_SPACE.matcher(withoutComment(lines[index]));
            if (slip.matches()) {
                String key = slip.group(2);
                String value = slip.group(3).strip();
                return new Problem("", index + 1, slip.group(1).length() + key.length() + 2,
                        "il manque une espace après « " + key + ": ». Écrivez « " + key + ": " + value + " ».",
                        "a space is missing after \"" + key + ":\". Write \"" + key + ": " + value + "\".");
            }
        }
        return null;
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        String content = line.strip().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line;
        return content;
    }

    private static String[] explain(String problem) {
        if (problem.contains("TAB") || problem.contains("\t")) {
            return new String[] {
                "une tabulation sert d'indentation ; YAML n'accepte que des espaces.",
                "a tab is used for indentation; YAML only accepts spaces."};
        }
        if (problem.contains("mapping values are not allowed")) {
            return new String[] {
                "un « : » inattendu. Une valeur qui contient « : » doit être entre guillemets "
                        + "(name: \"Café : associatif\"), et chaque clé doit être sur sa propre ligne.",
                "an unexpected \":\". A value containing \":\" must be quoted, and each key must be on its own line."};
        }
        if (problem.contains("could not find expected ':'")) {
            return new String[] {
                "il manque « : » après une clé. Écrivez « clé: valeur », avec une espace après les deux-points.",
                "a \":\" is missing after a key. Write \"key: value\", with a space after the colon."};
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("did not find expected '-'")) {
            return new String[] {
                "l'indentation n'est pas cohérente, ou quelque chose suit une valeur sur la même ligne. Les clés "
                        + "d'une même section commencent à la même colonne, deux espaces plus loin que leur section.",
                "the indentation is inconsistent, or something follows a value on the same line. Keys of one "
                        + "section start at the same column, two spaces further than their section."};
        }
        if (problem.contains("quoted scalar") || problem.contains("end of stream")) {
            return new String[] {
                "un guillemet ouvert n'est pas refermé sur la même ligne.",
                "an opening quote is not closed on the same line."};
        }
        if (problem.contains("cannot start any token")) {
            return new String[] {
                "une valeur commence par un caractère réservé (comme @ ou `). Mettez-la entre guillemets : "
                        + "user: \"@tresse:example.org\".",
                "a value starts with a reserved character (such as @ or `). Put it in quotes: "
                        + "user: \"@tresse:example.org\"."};
        }
        if (problem.contains("alias")) {
            return new String[] {
                "« * » en début de valeur annonce un alias YAML. Mettez la valeur entre guillemets.",
                "\"*\" at the start of a value announces a YAML alias. Put the value in quotes."};
        }
        return new String[] {
            "vérifiez l'indentation (des espaces, pas de tabulation) et les guillemets autour de cette ligne.",
            "check the indentation (spaces, no tabs) and the quotes around this line (" + problem + ")."};
    }
}
