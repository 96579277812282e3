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
        int line = 0;
        int column = 0;
        String problem = error.getOriginalMessage();
        if (error.getCause() instanceof MarkedYAMLException yaml) {
            problem = yaml.getProblem() == null ? "" : yaml.getProblem();
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
            String parent = LocationIndex.parentOf(lastPath);
            String field = parent == null ? key : parent + "." + key;
            return new Problem(field, line, column,
                    "la clé « " + key + " » apparaît deux fois dans la même section. Gardez-en une seule.",
                    "key \"" + key + "\" appears twice in the same section. Keep only one.");
        }
        String[] texts = explain(problem == null ? "" : problem);
        return new Problem(lastPath, line, column,
                "le fichier n'est pas du YAML valide : " + texts[0]
                        + " (détail technique : " + problem + ")",
                "the file is not valid YAML: " + texts[1]);
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
